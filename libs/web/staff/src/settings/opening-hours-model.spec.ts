import {
  checkWeek,
  flatRows,
  normaliseClock,
  periodsFromWeek,
  weekFromPeriods,
} from './opening-hours-model';

describe('opening hours editor', () => {
  const periods = [
    { weekday: 2, opens: '14:00', closes: '18:00' },
    { weekday: 1, opens: '09:00', closes: '12:00' },
    { weekday: 2, opens: '09:00', closes: '12:30' },
  ];

  it('orders the periods by day, then by time, as they are sent to the API', () => {
    const week = weekFromPeriods(periods);
    expect(week[3]).toEqual([]);
    expect(periodsFromWeek(week)).toEqual([
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 2, opens: '09:00', closes: '12:30' },
      { weekday: 2, opens: '14:00', closes: '18:00' },
    ]);
    expect(flatRows(week)[2]?.weekday).toBe(2);
  });

  it('reads times as people type them, on a 24-hour clock', () => {
    expect(normaliseClock('9:30')).toBe('09:30');
    expect(normaliseClock('9h30')).toBe('09:30');
    expect(normaliseClock('9 h 30')).toBe('09:30');
    expect(normaliseClock('14 h')).toBe('14:00');
    expect(normaliseClock('14')).toBe('14:00');
    expect(normaliseClock('24:00')).toBeNull();
    expect(normaliseClock('9:75')).toBeNull();
    expect(normaliseClock('midi')).toBeNull();
  });

  it('finds missing times, an end before the start and overlapping periods', () => {
    const week = weekFromPeriods(periods);
    const monday = week[1]!;
    const tuesday = week[2]!;
    monday[0] = { ...monday[0]!, closes: '08:00' };
    tuesday[1] = { ...tuesday[1]!, opens: '12:00' };
    week[4] = [{ key: 'new', opens: '', closes: '' }];
    week[5] = [{ key: 'typed', opens: '9h', closes: 'midi' }];
    expect(checkWeek(week)).toEqual([
      { weekday: 1, key: monday[0].key, part: 'closes', code: 'out_of_range' },
      { weekday: 2, key: tuesday[1].key, part: 'opens', code: 'overlap' },
      { weekday: 4, key: 'new', part: 'opens', code: 'required' },
      { weekday: 4, key: 'new', part: 'closes', code: 'required' },
      { weekday: 5, key: 'typed', part: 'closes', code: 'invalid_format' },
    ]);
  });
});
