import { DateTime } from 'luxon';

/**
 * A local date-time typed by the team ("2026-12-05T18:30") as an instant, in the community's time
 * zone. A time that does not exist (the hour skipped in spring) moves forward by the gap, as
 * clocks do; a time that happens twice (autumn) is the
 * second one, in winter time.
 */
export function localToDate(local: string, zone: string): Date {
  const value = DateTime.fromISO(local, { zone });
  if (!value.isValid) throw new Error(`Bad local date-time "${local}".`);
  return value.toJSDate();
}
