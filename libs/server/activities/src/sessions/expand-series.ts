import { DateTime } from 'luxon';

export interface WeeklySeries {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Local 'HH:MM' in the community's zone. */
  starts: string;
  ends: string;
  /** Local 'YYYY-MM-DD', both included. */
  firstDate: string;
  lastDate: string;
  skippedDates: readonly string[];
}

export interface DatedSession {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * A local date and time in a zone as an instant. On the spring-forward night a time that does not
 * exist (02:30) moves forward an hour, as a wall clock does; on the fall-back night an ambiguous
 * time takes its first occurrence.
 */
export function localInstant(date: string, time: string, zone: string): Date {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) throw new Error(`Invalid local time ${date} ${time} in ${zone}`);
  return local.toJSDate();
}

/**
 * The sessions of a weekly series in the community's zone: same local times every week across
 * daylight-saving changes (so 10:00 stays 10:00 in March and in October), skipped dates left out.
 */
export function expandSeries(series: WeeklySeries, zone: string): DatedSession[] {
  const skipped = new Set(series.skippedDates);
  const last = DateTime.fromISO(series.lastDate, { zone });
  let day = DateTime.fromISO(series.firstDate, { zone });
  day = day.plus({ days: (series.weekday - day.weekday + 7) % 7 });
  const sessions: DatedSession[] = [];
  for (; day <= last; day = day.plus({ weeks: 1 })) {
    const date = day.toFormat('yyyy-MM-dd');
    if (skipped.has(date)) continue;
    sessions.push({
      date,
      startsAt: localInstant(date, series.starts, zone),
      endsAt: localInstant(date, series.ends, zone),
    });
  }
  return sessions;
}

/**
 * A person's age in the year of a session, from a birth year (households give years, not dates):
 * the age reached during that year.
 */
export function ageInYear(birthYear: number, at: Date, zone: string): number {
  return DateTime.fromJSDate(at, { zone }).year - birthYear;
}

/** Whether an age fits an activity's range (bounds included; an open bound accepts all). */
export function fitsAgeRange(age: number, min: number | null, max: number | null): boolean {
  return (min === null || age >= min) && (max === null || age <= max);
}
