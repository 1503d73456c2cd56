import type { Locale } from './locales';

const INTL: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' };

function parts(date: Date, locale: Locale, timeZone: string) {
  return Object.fromEntries(
    new Intl.DateTimeFormat(INTL[locale], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  ) as Record<Intl.DateTimeFormatPartTypes, string>;
}

/**
 * An appointment's date and time in words, in the community's time zone: "mardi 14 mars à 9 h 30"
 * (fr), "Tuesday 14 March at 9:30" (en), "الثلاثاء 14 مارس الساعة 9:30" (ar). Never an ISO string,
 * never AM/PM. Used by emails, notifications and the calendar file alike.
 */
export function appointmentDateInWords(value: Date | string, locale: Locale, timeZone: string) {
  const p = parts(typeof value === 'string' ? new Date(value) : value, locale, timeZone);
  const hour = String(Number(p.hour));
  const minute = p.minute === '00' ? '' : p.minute;
  switch (locale) {
    case 'fr':
      return `${p.weekday} ${p.day} ${p.month} à ${hour} h${minute ? ` ${minute}` : ''}`;
    case 'en':
      return `${p.weekday} ${p.day} ${p.month} at ${hour}:${p.minute}`;
    case 'ar':
      return `${p.weekday} ${p.day} ${p.month} الساعة ${hour}:${p.minute}`;
  }
}
