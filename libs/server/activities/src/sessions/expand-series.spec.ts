import { ageInYear, expandSeries, fitsAgeRange, localInstant } from './expand-series';

const PARIS = 'Europe/Paris';

describe('weekly series in the community time zone', () => {
  it('keeps the local time across the spring and autumn clock changes', () => {
    // Sundays 29 March 2026 and 25 October 2026 are the change days; series on Sundays 10:00.
    const march = expandSeries(
      {
        weekday: 7,
        starts: '10:00',
        ends: '11:30',
        firstDate: '2026-03-22',
        lastDate: '2026-04-05',
        skippedDates: [],
      },
      PARIS,
    );
    expect(march.map((s) => s.date)).toEqual(['2026-03-22', '2026-03-29', '2026-04-05']);
    expect(march.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-03-22T09:00:00.000Z', // UTC+1
      '2026-03-29T08:00:00.000Z', // UTC+2 from that night
      '2026-04-05T08:00:00.000Z',
    ]);
    expect(march[1].endsAt.toISOString()).toBe('2026-03-29T09:30:00.000Z');
    const october = expandSeries(
      {
        weekday: 7,
        starts: '10:00',
        ends: '11:00',
        firstDate: '2026-10-18',
        lastDate: '2026-10-25',
        skippedDates: [],
      },
      PARIS,
    );
    expect(october.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-10-18T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
    ]);
  });

  it('starts on the first matching weekday, includes the last date and leaves out exceptions', () => {
    // 2026-09-01 is a Tuesday; Wednesdays from 2 September to 30 September, minus the 16th.
    const sessions = expandSeries(
      {
        weekday: 3,
        starts: '14:00',
        ends: '16:00',
        firstDate: '2026-09-01',
        lastDate: '2026-09-30',
        skippedDates: ['2026-09-16'],
      },
      PARIS,
    );
    expect(sessions.map((s) => s.date)).toEqual([
      '2026-09-02',
      '2026-09-09',
      '2026-09-23',
      '2026-09-30',
    ]);
  });

  it('moves a time that does not exist on the spring-forward night forward an hour', () => {
    expect(localInstant('2026-03-29', '02:30', PARIS).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('checks ages from a birth year, bounds included', () => {
    const at = new Date('2026-06-01T10:00:00Z');
    expect(ageInYear(2016, at, PARIS)).toBe(10);
    expect(fitsAgeRange(10, 6, 10)).toBe(true);
    expect(fitsAgeRange(11, 6, 10)).toBe(false);
    expect(fitsAgeRange(5, 6, null)).toBe(false);
    expect(fitsAgeRange(70, null, null)).toBe(true);
  });
});
