import type { Locale } from '@palier/shared';
import { formatDateInWords, intlLocale } from '@palier/web-i18n';

/** The calendar date "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(value: string | Date, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(date);
}

/** Whole calendar days from `value` to `now`, counted in the community's time zone. */
export function daysAgo(value: string | Date, timeZone: string, now = new Date()): number {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  return Math.max(0, Math.round(day(localDate(now, timeZone)) - day(localDate(value, timeZone))));
}

/** "aujourd'hui", "hier", "il y a 3 jours", in the interface language. */
export function daysAgoInWords(days: number, locale: Locale): string {
  return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: 'auto' }).format(-days, 'day');
}

/** A calendar date "YYYY-MM-DD" (a closure's first or last day) in words: "mardi 14 mars". */
export function calendarDateInWords(isoDate: string, locale: Locale, now = new Date()): string {
  return formatDateInWords(new Date(`${isoDate}T12:00:00Z`), locale, 'UTC', now);
}

/** Today's calendar date in the community's time zone, for the `min` of a date field. */
export function todayIn(timeZone: string, now = new Date()): string {
  return localDate(now, timeZone);
}
