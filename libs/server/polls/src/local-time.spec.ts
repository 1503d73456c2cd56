import { localToDate } from './local-time';

describe('local date-times of polls, in the community time zone', () => {
  it('reads a winter and a summer time in Paris', () => {
    expect(localToDate('2026-12-05T18:30', 'Europe/Paris').toISOString()).toBe(
      '2026-12-05T17:30:00.000Z',
    );
    expect(localToDate('2026-06-20T18:30', 'Europe/Paris').toISOString()).toBe(
      '2026-06-20T16:30:00.000Z',
    );
  });

  it('keeps 20:00 local across the spring change of hour (23 real hours later)', () => {
    const before = localToDate('2026-03-28T20:00', 'Europe/Paris');
    const after = localToDate('2026-03-29T20:00', 'Europe/Paris');
    expect(after.getTime() - before.getTime()).toBe(23 * 3_600_000);
    expect(after.toISOString()).toBe('2026-03-29T18:00:00.000Z');
  });

  it('moves a time skipped in spring forward, and takes the later (winter) one of a time seen twice in autumn', () => {
    expect(localToDate('2026-03-29T02:30', 'Europe/Paris').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(localToDate('2026-10-25T02:30', 'Europe/Paris').toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });
});
