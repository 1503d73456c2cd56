import { underDigitalMajority } from './privacy';

describe('the digital majority (15 in France)', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('counts a child as under 15 up to the year they turn 15 (the birthday is not known)', () => {
    expect(underDigitalMajority(2016, now)).toBe(true);
    expect(underDigitalMajority(2011, now)).toBe(true);
    expect(underDigitalMajority(2010, now)).toBe(false);
  });
  it('says nothing of accounts without a birth year (adults)', () => {
    expect(underDigitalMajority(null, now)).toBe(false);
  });
});
