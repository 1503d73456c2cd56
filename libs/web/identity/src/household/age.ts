import type { Locale } from '@palier/shared';
import { intlLocale } from '@palier/web-i18n';

/** The age a child reaches this year, in words ("8 ans", "8 years", "8 سنوات"). */
export function ageThisYear(birthYear: number, locale: Locale, now: Date = new Date()): string {
  const age = Math.max(0, now.getFullYear() - birthYear);
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: 'year',
    unitDisplay: 'long',
  }).format(age);
}
