import { digestDue, quietHoursEnd } from './quiet-hours';

const PARIS = 'Europe/Paris';

describe('quiet hours', () => {
  it('are ignored when not set or outside them', () => {
    expect(quietHoursEnd(new Date('2025-01-14T12:00:00Z'), null, null, PARIS)).toBeNull();
    expect(quietHoursEnd(new Date('2025-01-14T12:00:00Z'), '22:00', '07:00', PARIS)).toBeNull();
  });

  it('end the next morning when they cross midnight', () => {
    // 23:30 in Paris (winter) → quiet until 07:00 local = 06:00 UTC the next day.
    expect(quietHoursEnd(new Date('2025-01-14T22:30:00Z'), '22:00', '07:00', PARIS)).toEqual(
      new Date('2025-01-15T06:00:00Z'),
    );
    // 03:00 in Paris → until 07:00 the same day.
    expect(quietHoursEnd(new Date('2025-01-15T02:00:00Z'), '22:00', '07:00', PARIS)).toEqual(
      new Date('2025-01-15T06:00:00Z'),
    );
  });

  it('end at 7:00 local on the night the clocks go forward', () => {
    // Saturday 29 March 2025 23:30 (UTC+1) → Sunday 30 March 07:00 (UTC+2) = 05:00 UTC.
    expect(quietHoursEnd(new Date('2025-03-29T22:30:00Z'), '22:00', '07:00', PARIS)).toEqual(
      new Date('2025-03-30T05:00:00Z'),
    );
  });

  it('work within a day too (e.g. a nap 13:00–15:00)', () => {
    expect(quietHoursEnd(new Date('2025-01-14T12:30:00Z'), '13:00', '15:00', PARIS)).toEqual(
      new Date('2025-01-14T14:00:00Z'),
    );
  });
});

describe('digests', () => {
  it('leave once a day from 8:00 local time', () => {
    expect(digestDue(new Date('2025-01-14T06:30:00Z'), null, 'daily', PARIS)).toBe(false); // 7:30
    expect(digestDue(new Date('2025-01-14T07:05:00Z'), null, 'daily', PARIS)).toBe(true); // 8:05
    expect(
      digestDue(new Date('2025-01-14T15:00:00Z'), new Date('2025-01-14T07:05:00Z'), 'daily', PARIS),
    ).toBe(false);
    expect(
      digestDue(new Date('2025-01-15T07:05:00Z'), new Date('2025-01-14T07:05:00Z'), 'daily', PARIS),
    ).toBe(true);
  });

  it('leave weekly on Monday only', () => {
    expect(digestDue(new Date('2025-01-14T09:00:00Z'), null, 'weekly', PARIS)).toBe(false); // Tuesday
    expect(digestDue(new Date('2025-01-13T09:00:00Z'), null, 'weekly', PARIS)).toBe(true); // Monday
  });
});
