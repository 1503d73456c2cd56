import type { OpeningPeriod } from '@palier/shared';
import { openingStatus } from './opening-status';

const PARIS = 'Europe/Paris';
const weekdays = (opens: string, closes: string): OpeningPeriod[] =>
  ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, opens, closes }));
const HOURS: OpeningPeriod[] = [
  ...weekdays('09:00', '12:30'),
  ...weekdays('13:30', '18:00'),
  { weekday: 6, opens: '09:30', closes: '12:30' },
];

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('openingStatus (Europe/Paris)', () => {
  it('is open in the morning, until 12:30 local time', () => {
    // Tuesday 14 January 2025, 10:00 in Paris = 09:00 UTC (winter time).
    const status = openingStatus(new Date('2025-01-14T09:00:00Z'), PARIS, HOURS, []);
    expect(status).toEqual({
      isOpen: true,
      closesAt: new Date('2025-01-14T11:30:00Z'),
      nextOpeningAt: null,
      closureLabel: null,
    });
  });

  it('is closed at lunch and reopens at 13:30', () => {
    const status = openingStatus(new Date('2025-01-14T12:00:00Z'), PARIS, HOURS, []);
    expect(status.isOpen).toBe(false);
    expect(iso(status.nextOpeningAt)).toBe('2025-01-14T12:30:00.000Z');
  });

  it('merges openings that touch', () => {
    const status = openingStatus(
      new Date('2025-01-14T09:00:00Z'),
      PARIS,
      [
        { weekday: 2, opens: '09:00', closes: '12:00' },
        { weekday: 2, opens: '12:00', closes: '18:00' },
      ],
      [],
    );
    expect(iso(status.closesAt)).toBe('2025-01-14T17:00:00.000Z');
  });

  it('on Saturday afternoon says it reopens on Monday at 9:00', () => {
    const status = openingStatus(new Date('2025-01-18T15:00:00Z'), PARIS, HOURS, []);
    expect(iso(status.nextOpeningAt)).toBe('2025-01-20T08:00:00.000Z');
  });

  it('keeps 9:00 local across the spring daylight-saving change (last Sunday of March)', () => {
    // Saturday 29 March 2025 evening (UTC+1); Monday 31 March 9:00 is UTC+2 → 07:00 UTC.
    const status = openingStatus(new Date('2025-03-29T18:00:00Z'), PARIS, HOURS, []);
    expect(iso(status.nextOpeningAt)).toBe('2025-03-31T07:00:00.000Z');
  });

  it('keeps 9:00 local across the autumn daylight-saving change (last Sunday of October)', () => {
    // Saturday 25 October 2025 evening (UTC+2); Monday 27 October 9:00 is UTC+1 → 08:00 UTC.
    const status = openingStatus(new Date('2025-10-25T18:00:00Z'), PARIS, HOURS, []);
    expect(iso(status.nextOpeningAt)).toBe('2025-10-27T08:00:00.000Z');
  });

  it('handles a Sunday opening on the night the clocks go forward', () => {
    const sunday: OpeningPeriod[] = [{ weekday: 7, opens: '10:00', closes: '12:00' }];
    // Sunday 30 March 2025 at 01:30 local (00:30 UTC); at 2:00 clocks jump to 3:00; 10:00 is UTC+2.
    const status = openingStatus(new Date('2025-03-30T00:30:00Z'), PARIS, sunday, []);
    expect(iso(status.nextOpeningAt)).toBe('2025-03-30T08:00:00.000Z');
  });

  it('is closed on an exceptional closure, names it, and skips it for the next opening', () => {
    const closures = [{ startsOn: '2025-12-24', endsOn: '2026-01-02', label: 'Vacances de Noël' }];
    const status = openingStatus(new Date('2025-12-24T10:00:00Z'), PARIS, HOURS, closures);
    expect(status).toMatchObject({ isOpen: false, closureLabel: 'Vacances de Noël' });
    // Saturday 3 January 2026, 9:30 local = 08:30 UTC.
    expect(iso(status.nextOpeningAt)).toBe('2026-01-03T08:30:00.000Z');
  });

  it('has no next opening when there are no hours at all', () => {
    expect(openingStatus(new Date(), PARIS, [], [])).toEqual({
      isOpen: false,
      closesAt: null,
      nextOpeningAt: null,
      closureLabel: null,
    });
  });
});
