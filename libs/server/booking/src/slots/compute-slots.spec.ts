import { DateTime } from 'luxon';
import { computeSlots, localInstant, wallClock, type SlotQuery } from './compute-slots';

const PARIS = 'Europe/Paris';
const iso = (slots: { startsAt: Date }[]) => slots.map((s) => s.startsAt.toISOString());

function query(overrides: Partial<SlotQuery>): SlotQuery {
  return {
    timeZone: PARIS,
    from: '2026-03-28',
    to: '2026-03-30',
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    earliest: new Date('2026-01-01T00:00:00Z'),
    latest: new Date('2027-01-01T00:00:00Z'),
    resources: [{ id: 'nadia', rules: [], exceptions: [], busy: [] }],
    closures: [],
    ...overrides,
  };
}

const everyDay = (starts: string, ends: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts, ends }));

describe('computeSlots across daylight-saving changes (Europe/Paris)', () => {
  it('keeps 9:00 local on both sides of the spring change (last Sunday of March 2026)', () => {
    const slots = computeSlots(
      query({
        from: '2026-03-28',
        to: '2026-03-30',
        resources: [{ id: 'nadia', rules: everyDay('09:00', '10:00'), exceptions: [], busy: [] }],
      }),
    );
    // Saturday in winter time (UTC+1), Sunday and Monday in summer time (UTC+2).
    expect(iso(slots)).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('keeps 9:00 local on both sides of the autumn change (last Sunday of October 2026)', () => {
    const slots = computeSlots(
      query({
        from: '2026-10-24',
        to: '2026-10-26',
        resources: [{ id: 'nadia', rules: everyDay('09:00', '10:00'), exceptions: [], busy: [] }],
      }),
    );
    expect(iso(slots)).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('skips a wall time that does not exist on the spring-forward night', () => {
    const slots = computeSlots(
      query({
        from: '2026-03-29',
        to: '2026-03-29',
        durationMinutes: 30,
        resources: [{ id: 'nadia', rules: everyDay('01:30', '04:00'), exceptions: [], busy: [] }],
      }),
    );
    // 1:30 (UTC+1), then 2:00 and 2:30 do not exist, then 3:00, 3:30 (UTC+2).
    expect(iso(slots)).toEqual([
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
    ]);
  });

  it('takes the first occurrence of an ambiguous wall time on the autumn night', () => {
    const slots = computeSlots(
      query({
        from: '2026-10-25',
        to: '2026-10-25',
        durationMinutes: 30,
        resources: [{ id: 'nadia', rules: everyDay('02:00', '03:00'), exceptions: [], busy: [] }],
      }),
    );
    // 2:00 and 2:30 happen twice; the first time is in summer time (UTC+2).
    expect(iso(slots)).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T00:30:00.000Z']);
  });
});

describe('computeSlots rules, exceptions, closures and bookings', () => {
  const tuesday = [{ weekday: 2, starts: '09:00', ends: '12:00' }];
  const base = query({
    from: '2026-03-10',
    to: '2026-03-10',
    durationMinutes: 30,
    resources: [{ id: 'nadia', rules: tuesday, exceptions: [], busy: [] }],
  });

  it('cuts a weekly rule into slots of the service’s duration', () => {
    expect(computeSlots(base)).toHaveLength(6);
  });

  it('spaces slots by the duration and the buffers', () => {
    expect(iso(computeSlots({ ...base, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 }))).toEqual([
      '2026-03-10T08:00:00.000Z',
      '2026-03-10T08:45:00.000Z',
      '2026-03-10T09:30:00.000Z',
      '2026-03-10T10:15:00.000Z',
    ]);
  });

  it('removes what is booked, with its buffers', () => {
    const busy = [
      { start: Date.parse('2026-03-10T08:20:00Z'), end: Date.parse('2026-03-10T08:40:00Z') },
    ];
    const slots = computeSlots({ ...base, resources: [{ ...base.resources[0], busy }] });
    expect(iso(slots)).not.toContain('2026-03-10T08:00:00.000Z');
    expect(iso(slots)).not.toContain('2026-03-10T08:30:00.000Z');
    expect(slots).toHaveLength(4);
  });

  it('applies closed days, closed hours, extra openings and the community’s closures', () => {
    const closedDay = [{ date: '2026-03-10', kind: 'closed' as const, starts: null, ends: null }];
    expect(
      computeSlots({ ...base, resources: [{ ...base.resources[0], exceptions: closedDay }] }),
    ).toEqual([]);
    const closedHour = [
      { date: '2026-03-10', kind: 'closed' as const, starts: '10:00', ends: '11:00' },
    ];
    expect(
      computeSlots({ ...base, resources: [{ ...base.resources[0], exceptions: closedHour }] }),
    ).toHaveLength(4);
    const extra = [{ date: '2026-03-11', kind: 'open' as const, starts: '14:00', ends: '15:00' }];
    expect(
      iso(
        computeSlots({
          ...base,
          to: '2026-03-11',
          resources: [{ ...base.resources[0], exceptions: extra }],
        }),
      ).slice(-2),
    ).toEqual(['2026-03-11T13:00:00.000Z', '2026-03-11T13:30:00.000Z']);
    expect(
      computeSlots({ ...base, closures: [{ startsOn: '2026-03-09', endsOn: '2026-03-13' }] }),
    ).toEqual([]);
  });

  it('respects the notice and the horizon', () => {
    const slots = computeSlots({
      ...base,
      earliest: new Date('2026-03-10T09:00:00Z'),
      latest: new Date('2026-03-10T10:00:00Z'),
    });
    expect(iso(slots)).toEqual([
      '2026-03-10T09:00:00.000Z',
      '2026-03-10T09:30:00.000Z',
      '2026-03-10T10:00:00.000Z',
    ]);
  });

  it('merges the resources free at the same time into one slot', () => {
    const slots = computeSlots({
      ...base,
      resources: [
        { id: 'nadia', rules: tuesday, exceptions: [], busy: [] },
        {
          id: 'salle',
          rules: tuesday,
          exceptions: [],
          busy: [
            { start: Date.parse('2026-03-10T08:00:00Z'), end: Date.parse('2026-03-10T08:30:00Z') },
          ],
        },
      ],
    });
    expect(slots[0].resourceIds).toEqual(['nadia']);
    expect(slots[1].resourceIds).toEqual(['nadia', 'salle']);
  });
});

describe('wallClock', () => {
  it('gives the same instants as the time zone database on every day of 2026', () => {
    for (const zone of ['Europe/Paris', 'America/Cayenne', 'Pacific/Noumea', 'Indian/Reunion']) {
      let day = DateTime.fromISO('2026-01-01', { zone });
      while (day.year === 2026) {
        const fast = wallClock(day);
        for (let minutes = 0; minutes < 1440; minutes += 30)
          expect(fast(minutes)).toBe(localInstant(day, minutes)?.toMillis() ?? null);
        day = day.plus({ days: 1 });
      }
    }
  });
});
