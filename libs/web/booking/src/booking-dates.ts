import { appointmentDateInWords, type Locale } from '@palier/shared';

/** "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(value: Date | string, timeZone: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** A local date moved by some days ("YYYY-MM-DD", calendar arithmetic, no time zone). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Monday of the week of a local date. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** "mardi 14 mars" of a local date, in words. */
export function dayInWords(date: string, locale: Locale): string {
  const intl = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' }[locale];
  return new Intl.DateTimeFormat(intl, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "9 h 30" (fr) or "9:30": the local clock time of an instant, never AM/PM. */
export function clockTime(value: string, locale: Locale, timeZone: string): string {
  const words = appointmentDateInWords(value, locale, timeZone);
  const marker = { fr: ' à ', en: ' at ', ar: ' الساعة ' }[locale];
  return words.slice(words.lastIndexOf(marker) + marker.length);
}

export { appointmentDateInWords as whenInWords };
