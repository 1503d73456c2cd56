import { protectRows } from './small-cells';

describe('small cells (fewer than 5 people are never shown)', () => {
  it('hides a row of 1 to 4 people, shows 0 and 5 or more', () => {
    expect(protectRows([0, 1, 4, 5, 12], false)).toEqual([
      'shown',
      'small',
      'small',
      'shown',
      'shown',
    ]);
  });

  it('masks the smallest other row when exactly one row of a shared total is hidden', () => {
    // 12 + 3 + 7 = 22: with 3 alone hidden, 22 − 12 − 7 would give it away.
    expect(protectRows([12, 3, 7], true)).toEqual(['shown', 'small', 'masked']);
    // Ties: the first of the smallest; empty rows are never chosen (they hide nothing).
    expect(protectRows([0, 6, 2, 6], true)).toEqual(['shown', 'masked', 'small', 'shown']);
  });

  it('needs no complement when two rows or more are already hidden, or when rows do not share a total', () => {
    expect(protectRows([12, 3, 2], true)).toEqual(['shown', 'small', 'small']);
    expect(protectRows([12, 3, 7], false)).toEqual(['shown', 'small', 'shown']);
  });

  it('leaves nothing to mask when the hidden row is the only one with people', () => {
    expect(protectRows([0, 3, 0], true)).toEqual(['shown', 'small', 'shown']);
  });
});
