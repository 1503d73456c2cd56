import { isoFromParts } from './date-parts';

describe('date typed in three boxes', () => {
  it('gives the calendar date', () => {
    expect(isoFromParts({ day: '24', month: '12', year: '2026' })).toBe('2026-12-24');
    expect(isoFromParts({ day: ' 3', month: '4 ', year: '2027' })).toBe('2027-04-03');
  });

  it('refuses dates that do not exist or are incomplete', () => {
    expect(isoFromParts({ day: '31', month: '4', year: '2026' })).toBeNull();
    expect(isoFromParts({ day: '29', month: '2', year: '2026' })).toBeNull();
    expect(isoFromParts({ day: '29', month: '2', year: '2028' })).toBe('2028-02-29');
    expect(isoFromParts({ day: '1', month: '1', year: '26' })).toBeNull();
    expect(isoFromParts({ day: '', month: '1', year: '2026' })).toBeNull();
  });
});
