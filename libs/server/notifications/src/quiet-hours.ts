import { DateTime } from 'luxon';

/**
 * If `now` falls in the member's quiet hours (local "HH:MM" to "HH:MM", possibly across
 * midnight, in their time zone), the moment they end; otherwise null.
 */
export function quietHoursEnd(
  now: Date,
  start: string | null,
  end: string | null,
  timeZone: string,
): Date | null {
  if (!start || !end || start === end) return null;
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const minutes = local.hour * 60 + local.minute;
  const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const s = toMinutes(start);
  const e = toMinutes(end);
  const inside = s < e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
  if (!inside) return null;
  let endDay = local.startOf('day');
  if (s > e && minutes >= s) endDay = endDay.plus({ days: 1 });
  return endDay.set({ hour: Math.floor(e / 60), minute: e % 60 }).toJSDate();
}

export type DigestChannel = 'daily' | 'weekly';

/** Digests leave at 8:00 local time: daily ones every day, weekly ones on Mondays. */
export const DIGEST_HOUR = 8;

/** Whether a digest of this channel is due now for someone whose last digest was at `last`. */
export function digestDue(
  now: Date,
  last: Date | null,
  channel: DigestChannel,
  timeZone: string,
): boolean {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (local.hour < DIGEST_HOUR) return false;
  if (channel === 'weekly' && local.weekday !== 1) return false;
  if (!last) return true;
  // Not twice the same local day.
  return DateTime.fromJSDate(last, { zone: timeZone }).toISODate() !== local.toISODate();
}
