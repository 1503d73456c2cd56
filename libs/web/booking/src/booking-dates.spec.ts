import { addDays, clockTime, localDate, mondayOf } from './booking-dates';

describe('booking dates', () => {
  it('computes local dates, weeks and clock times in the community’s zone', () => {
    expect(localDate('2026-03-29T22:30:00Z', 'Europe/Paris')).toBe('2026-03-30');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(mondayOf('2026-03-29')).toBe('2026-03-23');
    expect(clockTime('2026-03-30T07:30:00Z', 'fr', 'Europe/Paris')).toBe('9 h 30');
    expect(clockTime('2026-03-30T07:00:00Z', 'en', 'Europe/Paris')).toBe('9:00');
  });
});
