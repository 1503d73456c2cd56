import type { Locale } from '@palier/shared';
import type { TFunction } from 'i18next';

/** One weekly opening period as the API sends it: ISO weekday (1 = Monday), "HH:MM" times. */
export interface OpeningPeriodInput {
  weekday: number;
  opens: string;
  closes: string;
}

export interface OpeningDay {
  weekday: number;
  /** The day's name in the interface language ("lundi", "Monday", "الاثنين"). */
  dayName: string;
  open: boolean;
  /** The whole line in words: "lundi : de 13 h 30 à 18 h" or "dimanche : fermé". */
  text: string;
}

/**
 * The BCP 47 tag given to Intl for each interface language. Arabic uses Latin digits, as in
 * France and the Maghreb, so times match phone numbers and addresses.
 */
export function intlLocale(locale: Locale): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale === 'en' ? 'en-GB' : 'fr-FR';
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday) in the given language. */
export function weekdayName(weekday: number, locale: Locale): string {
  // 1 January 2024 was a Monday; noon UTC stays the same day in every time zone.
  const date = new Date(Date.UTC(2024, 0, weekday, 12));
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** "13:30" → "13 h 30" in French, "13:30" in English; never AM/PM. */
export function formatClockTime(time: string, locale: Locale, t: TFunction): string {
  const [hours = 0, minutes = 0] = time.split(':').map((part) => Number.parseInt(part, 10));
  const number = new Intl.NumberFormat(intlLocale(locale), { useGrouping: false });
  const twoDigits = new Intl.NumberFormat(intlLocale(locale), { minimumIntegerDigits: 2 });
  const hour = number.format(hours);
  return minutes === 0
    ? t('hours.timeOnTheHour', { hour, lng: locale })
    : t('hours.time', { hour, minute: twoDigits.format(minutes), lng: locale });
}

/** The seven days of the week, Monday first, each described in words. */
export function describeOpeningWeek(
  periods: readonly OpeningPeriodInput[],
  locale: Locale,
  t: TFunction,
): OpeningDay[] {
  const list = new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' });
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const dayName = weekdayName(weekday, locale);
    const ofDay = periods
      .filter((period) => period.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens));
    const periodsText = ofDay.length
      ? list.format(
          ofDay.map((period) =>
            t('hours.period', {
              opens: formatClockTime(period.opens, locale, t),
              closes: formatClockTime(period.closes, locale, t),
              lng: locale,
            }),
          ),
        )
      : t('hours.closed', { lng: locale });
    return {
      weekday,
      dayName,
      open: ofDay.length > 0,
      text: t('hours.day', { day: dayName, periods: periodsText, lng: locale }),
    };
  });
}
