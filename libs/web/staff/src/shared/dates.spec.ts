import { calendarDateInWords, daysAgo, daysAgoInWords, localDate } from './dates';

describe('staff dates', () => {
  const now = new Date('2026-03-17T08:00:00Z');

  it('counts calendar days in the community time zone, not 24-hour periods', () => {
    expect(daysAgo('2026-03-16T23:30:00Z', 'Europe/Paris', now)).toBe(0);
    expect(daysAgo('2026-03-16T22:30:00Z', 'Europe/Paris', now)).toBe(1);
    expect(daysAgo('2026-03-10T12:00:00Z', 'Europe/Paris', now)).toBe(7);
  });

  it('says how long ago in words', () => {
    expect(daysAgoInWords(0, 'fr')).toBe('aujourd’hui');
    expect(daysAgoInWords(1, 'fr')).toBe('hier');
    expect(daysAgoInWords(3, 'fr')).toBe('il y a 3 jours');
    expect(daysAgoInWords(3, 'en')).toBe('3 days ago');
  });

  it('writes a calendar date in words, whatever the time zone', () => {
    expect(calendarDateInWords('2026-03-14', 'fr', now)).toBe('samedi 14 mars');
    expect(calendarDateInWords('2027-01-04', 'fr', now)).toBe('lundi 4 janvier 2027');
    expect(localDate('2026-03-14T23:30:00Z', 'Europe/Paris')).toBe('2026-03-15');
  });
});
