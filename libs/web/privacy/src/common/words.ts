import type { Locale } from '@palier/shared';
import { intlLocale } from '@palier/web-i18n';

/**
 * A retention period in words, in the largest unit that says it exactly: 730 days → "2 ans",
 * 180 → "6 mois", 30 → "30 jours" (a month under two is clearer in days).
 */
export function durationInWords(days: number, locale: Locale): string {
  const [value, unit] =
    days >= 365 && days % 365 === 0
      ? [days / 365, 'year']
      : days >= 60 && days % 30 === 0
        ? [days / 30, 'month']
        : [days, 'day'];
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
}

/** The size of a file in words: "12 ko", "1,5 Mo" (at least 1 ko, never "0"). */
export function sizeInWords(bytes: number, locale: Locale): string {
  const large = bytes >= 1_000_000;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: large ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(large ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}
