import type { Locale } from '@palier/shared';
import type { TFunction } from 'i18next';
import { formatClockTime, intlLocale } from './opening-hours';

function parts(date: Date, locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  return Object.fromEntries(
    new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;
}

/** "mardi 14 mars" (with the year when it is not the current one), in the community's time zone. */
export function formatDateInWords(
  value: string | Date,
  locale: Locale,
  timeZone: string,
  now = new Date(),
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const sameYear =
    parts(date, locale, timeZone, { year: 'numeric' }).year ===
    parts(now, locale, timeZone, { year: 'numeric' }).year;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(date);
}

/** The local clock time "HH:MM" of an instant in a time zone. */
export function localClockTime(value: string | Date, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const p = parts(date, 'fr', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/** "mardi 14 mars à 9 h 30": a date and time in words, never an ISO string or AM/PM. */
export function formatDateTimeInWords(
  value: string | Date,
  locale: Locale,
  timeZone: string,
  t: TFunction,
  now = new Date(),
): string {
  return t('dates.dateAtTime', {
    date: formatDateInWords(value, locale, timeZone, now),
    time: formatClockTime(localClockTime(value, timeZone), locale, t),
    lng: locale,
  });
}
