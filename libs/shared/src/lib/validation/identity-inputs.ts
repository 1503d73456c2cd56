import { z } from 'zod';
import { LOCALES } from '../locales';
import { emailRule, line, paragraph, passwordRule, postalCodeRule } from './text-rules';

export const localeRule = z.enum(LOCALES, { error: 'invalid_format' });

/** "I am 15 or older" (French digital majority): younger people get an account from a parent. */
export const digitalMajorityRule = z.literal(true, { error: 'not_accepted' });

export const signUpInput = z.object({
  displayName: line(80),
  email: emailRule,
  password: passwordRule,
  locale: localeRule,
  over15: digitalMajorityRule,
});

/** A parent opens an account for a child of their household, with their consent recorded. */
export const childAccountInput = z.object({
  password: passwordRule,
  parentalConsent: z.literal(true, { error: 'not_accepted' }),
});

export const logInInput = z.object({
  identifier: line(254),
  password: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(200, { error: 'too_long' }),
});

export const profileInput = z.object({
  displayName: line(80),
  locale: localeRule,
});

export const changePasswordInput = z.object({
  currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }),
  newPassword: passwordRule,
});

export const resetPasswordInput = z.object({
  token: line(200),
  newPassword: passwordRule,
});

export const activateAccountInput = z.object({
  login: line(80),
  code: line(40),
  password: passwordRule,
});

export const deskAccountInput = z.object({
  displayName: line(80),
  locale: localeRule,
  email: emailRule.nullish(),
});

export const householdInput = z.object({
  name: line(80),
  postalCode: postalCodeRule.optional(),
});

/** Genders a person may give, for themselves or a child (optional: reports count it only when given). */
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];
export const genderRule = z.enum(GENDERS, { error: 'invalid_format' }).nullish();

const birthYearRule = (min: number, max: number) =>
  z
    .number({ error: 'required' })
    .int({ error: 'invalid_format' })
    .min(min, { error: 'out_of_range' })
    .max(max, { error: 'out_of_range' });

export function childInput(now: Date = new Date()) {
  const year = now.getUTCFullYear();
  return z.object({
    firstName: line(60),
    birthYear: birthYearRule(year - 25, year),
    gender: genderRule,
  });
}

/** What a person tells about themselves (or a parent about a child): both optional for adults. */
export function memberDetailsInput(now: Date = new Date()) {
  return z.object({
    birthYear: birthYearRule(1900, now.getUTCFullYear()).nullish(),
    gender: genderRule,
  });
}

export const decisionMessageRule = paragraph(1000).optional();
