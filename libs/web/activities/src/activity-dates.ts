import { appointmentDateInWords, type Locale } from '@palier/shared';

/** A session's start in words in the community's zone ("mercredi 3 décembre à 14 h"). */
export const sessionInWords = (startsAt: string, locale: Locale, timeZone: string) =>
  appointmentDateInWords(startsAt, locale, timeZone);

/** The places left of a session or series (null: no limit). */
export function placesLeft(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}
