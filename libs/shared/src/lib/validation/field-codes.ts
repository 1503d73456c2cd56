/**
 * Codes of the problems a form field can have. Validation schemas use them as messages; the API
 * turns them into French sentences and the web app into the reader's language (`fieldErrors.*`).
 */
export const FIELD_CODES = [
  'required',
  'too_short',
  'too_long',
  'invalid_email',
  'invalid_format',
  'out_of_range',
  'common_password',
  'not_accepted',
  'taken',
  'not_activated',
] as const;
export type FieldCode = (typeof FIELD_CODES)[number];
