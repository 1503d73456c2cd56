import { z } from 'zod';
import type { FieldCode } from './field-codes';

// Control characters are exactly what this rule looks for.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const code = (c: FieldCode) => ({ error: c });

/** A one-line text: trimmed, required, at most `max` characters, no control characters. */
export function line(max: number) {
  return z
    .string(code('required'))
    .trim()
    .min(1, code('required'))
    .max(max, code('too_long'))
    .refine((v) => !CONTROL_CHARACTERS.test(v) && !/[\r\n]/.test(v), code('invalid_format'));
}

/** An optional text (empty by default), trimmed, at most `max` characters. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, code('too_long'))
    .refine((v) => !CONTROL_CHARACTERS.test(v), code('invalid_format'))
    .default('');

/** A whole number between `min` and `max`. */
export const intRule = (min: number, max: number) =>
  z
    .number(code('required'))
    .int(code('invalid_format'))
    .min(min, code('out_of_range'))
    .max(max, code('out_of_range'));

/** A longer text that may hold line breaks. */
export function paragraph(max: number) {
  return z
    .string(code('required'))
    .trim()
    .min(1, code('required'))
    .max(max, code('too_long'))
    .refine((v) => !CONTROL_CHARACTERS.test(v), code('invalid_format'));
}

export const emailRule = z
  .string(code('required'))
  .trim()
  .min(1, code('required'))
  .max(254, code('too_long'))
  .pipe(z.email(code('invalid_email')))
  .transform((v) => v.toLowerCase());

/** Length-based, as NIST SP 800-63B asks: no arbitrary composition rules. */
export const PASSWORD_MIN_LENGTH = 10;
export const passwordRule = z
  .string(code('required'))
  .min(1, code('required'))
  .min(PASSWORD_MIN_LENGTH, code('too_short'))
  .max(200, code('too_long'));

export const postalCodeRule = z
  .string(code('required'))
  .trim()
  .regex(/^[0-9]{5}$/, code('invalid_format'));

export const slugRule = z
  .string(code('required'))
  .trim()
  .toLowerCase()
  .min(2, code('too_short'))
  .max(60, code('too_long'))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, code('invalid_format'));

export const TIME_RULE = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, code('invalid_format'));
