import { z } from 'zod';
import { LOCALES } from '../locales';
import { TIME_RULE, emailRule, line, paragraph, postalCodeRule, slugRule } from './text-rules';

export const ADMISSION_MODES = ['automatic', 'approval'] as const;
export const COMMUNITY_KINDS = ['social_centre', 'partner_organisation'] as const;

const phoneRule = z
  .string({ error: 'required' })
  .trim()
  .max(30, { error: 'too_long' })
  .regex(/^\+?[0-9 .()-]{6,}$/, { error: 'invalid_format' });

const openingPeriodRule = z
  .object({
    weekday: z
      .number({ error: 'required' })
      .int()
      .min(1, { error: 'out_of_range' })
      .max(7, { error: 'out_of_range' }),
    opens: TIME_RULE,
    closes: TIME_RULE,
  })
  .refine((p) => p.opens < p.closes, { error: 'out_of_range', path: ['closes'] });

const logoUrlRule = z
  .string()
  .trim()
  .max(500, { error: 'too_long' })
  .refine((v) => /^https:\/\/[^\s]+$/.test(v) || /^\/[^\s/][^\s]*$/.test(v), {
    error: 'invalid_format',
  });

/** The profile of a community, as its admin edits it. */
export const communityProfileInput = z.object({
  name: line(120),
  presentation: z.string({ error: 'required' }).trim().max(2000, { error: 'too_long' }),
  streetAddress: line(200),
  postalCode: postalCodeRule,
  city: line(120),
  phone: phoneRule.nullish(),
  email: emailRule.nullish(),
  timeZone: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(60)
    .refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat('fr', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { error: 'invalid_format' },
    ),
  openingHours: z.array(openingPeriodRule).max(30, { error: 'too_long' }),
  admissionMode: z.enum(ADMISSION_MODES, { error: 'invalid_format' }),
  languages: z.array(z.enum(LOCALES, { error: 'invalid_format' })).min(1, { error: 'required' }),
  logoUrl: logoUrlRule.nullish(),
});

/** A new community, created by a server admin. */
export const newCommunityInput = communityProfileInput.extend({
  slug: slugRule,
  kind: z.enum(COMMUNITY_KINDS, { error: 'invalid_format' }),
});

const dateRule = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_format' });

export const closureInput = z
  .object({ startsOn: dateRule, endsOn: dateRule, label: line(80) })
  .refine((c) => c.startsOn <= c.endsOn, { error: 'out_of_range', path: ['endsOn'] });

export const documentInput = z.object({
  summary: paragraph(2000),
  body: paragraph(50_000),
});

export const newsInput = z.object({
  title: line(140),
  body: paragraph(5000),
});
