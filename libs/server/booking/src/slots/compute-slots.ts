import { DateTime } from 'luxon';

/** A weekly rule of a resource: on this ISO weekday, from `starts` to `ends` ("HH:MM", local). */
export interface WeeklyRule {
  weekday: number;
  starts: string;
  ends: string;
}

/**
 * An exception on one local date: `closed` removes the day's rules (or only the hours given), `open`
 * adds an extra opening.
 */
export interface DateException {
  date: string;
  kind: 'closed' | 'open';
  starts: string | null;
  ends: string | null;
}

export interface ResourceAvailability {
  id: string;
  rules: WeeklyRule[];
  exceptions: DateException[];
  /** What is already taken on this resource: blocked ranges (buffers included), epoch ms. */
  busy: { start: number; end: number }[];
}

export interface SlotQuery {
  timeZone: string;
  /** First and last local dates "YYYY-MM-DD" (inclusive). */
  from: string;
  to: string;
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** No slot starts before this instant (now + minimum notice) nor after `latest` (horizon). */
  earliest: Date;
  latest: Date;
  resources: ResourceAvailability[];
  /** The community's exceptional closures, local dates (inclusive). */
  closures: { startsOn: string; endsOn: string }[];
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
  /** The resources free for this slot, in the order given. */
  resourceIds: string[];
}

/** The local date "YYYY-MM-DD" of a valid DateTime. */
export function isoDate(day: DateTime): string {
  const date = day.toISODate();
  if (!date) throw new Error(`Invalid date: ${day.invalidReason}`);
  return date;
}

/** Hours of an exception: both given, or none. */
const hoursOf = (e: DateException): [number, number] | null =>
  e.starts && e.ends ? [minutesOf(e.starts), minutesOf(e.ends)] : null;

const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

/**
 * The instant of a local wall-clock time on a local date, or null when that time does not exist
 * (the spring-forward night). An ambiguous time (the autumn night) is its first occurrence.
 */
export function localInstant(date: DateTime, minutes: number): DateTime | null {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  if (hour >= 24) return date.plus({ days: 1 }).startOf('day');
  const candidate = DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour, minute },
    { zone: date.zone },
  );
  if (!candidate.isValid || candidate.hour !== hour || candidate.minute !== minute) return null;
  // Of two instants with this wall time, keep the earlier one (summer time, before falling back).
  const earlier = candidate.minus({ hours: 1 });
  if (earlier.hour === hour && earlier.minute === minute && earlier.day === candidate.day)
    return earlier;
  return candidate;
}

/**
 * The instant (epoch ms) of a wall-clock time (minutes since local midnight) on one local day, or
 * null when it does not exist. On a day without a change of offset it is plain arithmetic (the
 * time zone database is asked once a day, which keeps weeks of slots fast); on the two days of a
 * daylight-saving change each time goes through {@link localInstant}.
 */
export function wallClock(day: DateTime): (minutes: number) => number | null {
  const offset = day.startOf('day').offset;
  if (day.endOf('day').offset !== offset) {
    return (minutes) => localInstant(day, minutes)?.toMillis() ?? null;
  }
  const midnightUtc = Date.UTC(day.year, day.month - 1, day.day);
  return (minutes) => midnightUtc + (minutes - offset) * 60_000;
}

/** The local opening windows of a resource on one date, in minutes since local midnight. */
function windowsOn(date: string, weekday: number, resource: ResourceAvailability) {
  const exceptions = resource.exceptions.filter((e) => e.date === date);
  const hoursOfKind = (kind: DateException['kind']) =>
    exceptions
      .filter((e) => e.kind === kind)
      .map(hoursOf)
      .filter((h): h is [number, number] => h !== null);
  const extra = hoursOfKind('open');
  if (exceptions.some((e) => e.kind === 'closed' && !hoursOf(e))) return extra;
  const closedParts = hoursOfKind('closed');
  const windows = [
    ...resource.rules
      .filter((r) => r.weekday === weekday)
      .map((r) => [minutesOf(r.starts), minutesOf(r.ends)] as [number, number]),
    ...extra,
  ];
  // Cut the closed hours out of each window.
  return windows.flatMap(([start, end]) => {
    let parts: [number, number][] = [[start, end]];
    for (const [cs, ce] of closedParts) {
      parts = parts.flatMap(([s, e]) =>
        ce <= s || cs >= e
          ? [[s, e] as [number, number]]
          : ([
              [s, cs],
              [ce, e],
            ].filter(([a, b]) => b > a) as [number, number][]),
      );
    }
    return parts;
  });
}

/** Whether [start, end) overlaps one of the sorted busy ranges (binary search). */
function overlapsBusy(busy: { start: number; end: number }[], start: number, end: number) {
  let lo = 0;
  let hi = busy.length;
  // The first busy range that ends after `start`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (busy[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < busy.length && busy[i].start < end; i++) {
    if (busy[i].end > start) return true;
  }
  return false;
}

/**
 * The free slots of a service between two local dates: each resource's weekly rules and date
 * exceptions, minus the community's closures, minus what is already booked (buffers included),
 * within the notice and horizon. Times are wall-clock times in the community's zone, so a 9:00
 * rule gives 9:00 on both sides of a daylight-saving change; a slot whose time does not exist
 * that night is skipped. Slots follow each other every duration + buffers from the window start.
 *
 * Busy ranges must be sorted by start, with no range inside another one ending later
 * (true of the non-overlapping ranges the database guarantees per resource).
 */
export function computeSlots(query: SlotQuery): Slot[] {
  const step = query.durationMinutes + query.bufferBeforeMinutes + query.bufferAfterMinutes;
  const before = query.bufferBeforeMinutes * 60_000;
  const after = query.bufferAfterMinutes * 60_000;
  const earliest = query.earliest.getTime();
  const latest = query.latest.getTime();
  const byStart = new Map<number, Slot>();
  const first = DateTime.fromISO(query.from, { zone: query.timeZone });
  const last = DateTime.fromISO(query.to, { zone: query.timeZone });
  if (!first.isValid || !last.isValid || step <= 0) return [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    const date = isoDate(day);
    if (query.closures.some((c) => c.startsOn <= date && date <= c.endsOn)) continue;
    const instantOf = wallClock(day);
    for (const resource of query.resources) {
      for (const [windowStart, windowEnd] of windowsOn(date, day.weekday, resource)) {
        const end = instantOf(windowEnd);
        if (end === null) continue;
        for (let m = windowStart; m + query.durationMinutes <= windowEnd; m += step) {
          const startMs = instantOf(m);
          if (startMs === null) continue;
          const endMs = startMs + query.durationMinutes * 60_000;
          if (endMs > end || startMs < earliest || startMs > latest) continue;
          if (overlapsBusy(resource.busy, startMs - before, endMs + after)) continue;
          const slot = byStart.get(startMs);
          if (slot) slot.resourceIds.push(resource.id);
          else
            byStart.set(startMs, {
              startsAt: new Date(startMs),
              endsAt: new Date(endMs),
              resourceIds: [resource.id],
            });
        }
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
