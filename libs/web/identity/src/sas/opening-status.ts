import type { Locale } from '@palier/shared';
import { formatClockTime, formatDateInWords, intlLocale, localClockTime } from '@palier/web-i18n';
import type { TFunction } from 'i18next';

export interface OpeningStatusInput {
  isOpen: boolean;
  closesAt: string | null;
  nextOpeningAt: string | null;
  closureLabel: string | null;
}

/** The translations this text needs: the library's own, and the common ones (clock times). */
export interface StatusTexts {
  /** `identity` namespace. */
  t: TFunction<'identity'>;
  /** Default namespace (`hours.*`). */
  common: TFunction;
}

export type StatusKey =
  | 'status.open'
  | 'status.openUntil'
  | 'status.closed'
  | 'status.closedReopens'
  | 'status.closedToday'
  | 'status.closedTodayReopens';

export interface OpeningStatusText {
  isOpen: boolean;
  /**
   * The text to show (`identity` namespace) and its values. A closure's label is the centre's own
   * words: the texts wrap it in `<label>` so that it can be marked as French.
   */
  key: StatusKey;
  values: { time?: string; when?: string; label?: string };
}

/** The local date "YYYY-MM-DD" of an instant in a time zone. */
function localDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

/** Whole days from one local date to another. */
function daysBetween(from: string, to: string): number {
  const utc = (day: string) => {
    const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** "aujourd'hui à 13 h 30", "demain à 9 h", "lundi à 9 h", "le mardi 5 janvier à 9 h". */
export function describeNextOpening(
  value: string,
  timeZone: string,
  locale: Locale,
  { t, common }: StatusTexts,
  now: Date = new Date(),
): string {
  const date = new Date(value);
  const time = formatClockTime(localClockTime(date, timeZone), locale, common);
  const days = daysBetween(localDate(now, timeZone), localDate(date, timeZone));
  if (days <= 0) return t('status.when.today', { time });
  if (days === 1) return t('status.when.tomorrow', { time });
  if (days < 7) {
    const day = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone }).format(
      date,
    );
    return t('status.when.weekday', { day, time });
  }
  return t('status.when.date', {
    date: formatDateInWords(date, locale, timeZone, now),
    time,
  });
}

/**
 * The opening status computed by the API, in words and in the community's time zone: "Ouvert
 * jusqu'à 18 h", "Fermé, rouvre lundi à 9 h", "Fermé aujourd'hui : Vacances de Noël, rouvre …"
 * (the text to show, and its values).
 */
export function describeOpeningStatus(
  status: OpeningStatusInput,
  timeZone: string,
  locale: Locale,
  texts: StatusTexts,
  now: Date = new Date(),
): OpeningStatusText {
  if (status.isOpen && status.closesAt) {
    const time = formatClockTime(localClockTime(status.closesAt, timeZone), locale, texts.common);
    return { isOpen: true, key: 'status.openUntil', values: { time } };
  }
  if (status.isOpen) return { isOpen: true, key: 'status.open', values: {} };
  const when = status.nextOpeningAt
    ? describeNextOpening(status.nextOpeningAt, timeZone, locale, texts, now)
    : undefined;
  if (status.closureLabel) {
    const label = status.closureLabel;
    return when
      ? { isOpen: false, key: 'status.closedTodayReopens', values: { label, when } }
      : { isOpen: false, key: 'status.closedToday', values: { label } };
  }
  return when
    ? { isOpen: false, key: 'status.closedReopens', values: { when } }
    : { isOpen: false, key: 'status.closed', values: {} };
}
