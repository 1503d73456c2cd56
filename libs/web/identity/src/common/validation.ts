import { PASSWORD_MIN_LENGTH } from '@palier/shared';

/**
 * Checks made in the browser before sending, with the API's own field codes, so a person hears
 * about an empty field at once. The API checks everything again.
 */
export type Check = (value: string) => string | undefined;

export const required: Check = (value) => (value.trim() === '' ? 'required' : undefined);

export const email: Check = (value) =>
  value.trim() === ''
    ? 'required'
    : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
      ? undefined
      : 'invalid_email';

export const newPassword: Check = (value) =>
  value === '' ? 'required' : value.length < PASSWORD_MIN_LENGTH ? 'too_short' : undefined;

export const postalCode: Check = (value) =>
  value.trim() === '' || /^[0-9]{5}$/.test(value.trim()) ? undefined : 'invalid_format';

export function birthYear(now: Date = new Date()): Check {
  return (value) => {
    if (value.trim() === '') return 'required';
    if (!/^\d{4}$/.test(value.trim())) return 'invalid_format';
    const year = Number.parseInt(value, 10);
    const current = now.getFullYear();
    return year > current || year < current - 25 ? 'out_of_range' : undefined;
  };
}

/** Runs the checks of each field on the values; the problems found, by field. */
export function check<V extends { [K in keyof V]: string }>(
  values: V,
  checks: Partial<Record<keyof V & string, Check>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [field, run] of Object.entries(checks) as [keyof V & string, Check | undefined][]) {
    const code = run?.(values[field]);
    if (code) problems[field] = code;
  }
  return problems;
}
