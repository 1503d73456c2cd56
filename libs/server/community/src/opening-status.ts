import type { OpeningPeriod } from '@palier/shared';
import { DateTime } from 'luxon';

/** A day or run of days the community is closed, as local dates "YYYY-MM-DD" (inclusive). */
export interface Closure {
  startsOn: string;
  endsOn: string;
  label: string;
}

export interface OpeningStatus {
  isOpen: boolean;
  /** When open: the end of the current opening (merged with an opening that follows at once). */
  closesAt: Date | null;
  /** When closed: the next opening, if there is one in the next 60 days. */
  nextOpeningAt: Date | null;
  /** When closed because of an exceptional closure today: its label (e.g. "Noël"). */
  closureLabel: string | null;
}

const HORIZON_DAYS = 60;

function at(day: DateTime, time: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return day.set({ hour, minute, second: 0, millisecond: 0 });
}

/** The local date "YYYY-MM-DD" of a valid DateTime. */
export function isoDate(day: DateTime): string {
  const date = day.toISODate();
  if (!date) throw new Error(`Invalid date: ${day.invalidReason}`);
  return date;
}

function closureOn(day: DateTime, closures: Closure[]): Closure | undefined {
  const date = isoDate(day);
  return closures.find((c) => c.startsOn <= date && date <= c.endsOn);
}

/** The opening intervals of one local day (none when an exceptional closure covers it), sorted. */
function intervalsOn(
  day: DateTime,
  hours: OpeningPeriod[],
  closures: Closure[],
): [DateTime, DateTime][] {
  if (closureOn(day, closures)) return [];
  return hours
    .filter((p) => p.weekday === day.weekday)
    .map((p) => [at(day, p.opens), at(day, p.closes)] as [DateTime, DateTime])
    .filter(([opens, closes]) => closes > opens)
    .sort((a, b) => a[0].toMillis() - b[0].toMillis());
}

/**
 * Whether the community is open at `now`, computed in its own time zone (so "9 h" stays 9 h on
 * both sides of a daylight-saving change), with its weekly hours and exceptional closures.
 */
export function openingStatus(
  now: Date,
  timeZone: string,
  hours: OpeningPeriod[],
  closures: Closure[],
): OpeningStatus {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const today = local.startOf('day');
  const closure = closureOn(today, closures);
  const todays = intervalsOn(today, hours, closures);
  const current = todays.find(([opens, closes]) => opens <= local && local < closes);
  if (current) {
    let closesAt = current[1];
    // Opening hours that touch (e.g. 9:00–12:00 and 12:00–18:00) are one opening.
    for (const [opens, closes] of todays)
      if (opens <= closesAt && closes > closesAt) closesAt = closes;
    return { isOpen: true, closesAt: closesAt.toJSDate(), nextOpeningAt: null, closureLabel: null };
  }
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const day = today.plus({ days: offset });
    const next = intervalsOn(day, hours, closures).find(([opens]) => opens > local);
    if (next) {
      return {
        isOpen: false,
        closesAt: null,
        nextOpeningAt: next[0].toJSDate(),
        closureLabel: closure?.label ?? null,
      };
    }
  }
  return {
    isOpen: false,
    closesAt: null,
    nextOpeningAt: null,
    closureLabel: closure?.label ?? null,
  };
}
