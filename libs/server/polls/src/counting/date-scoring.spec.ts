import { bestDates } from './date-scoring';

const t = (optionId: string, yes: number, maybe: number, no: number) => ({
  optionId,
  yes,
  maybe,
  no,
});

describe('the best date of a date-finding poll', () => {
  it('is the date with the most "oui"', () => {
    expect(bestDates([t('a', 2, 5, 0), t('b', 3, 0, 4), t('c', 1, 1, 1)])).toEqual(['b']);
  });

  it('between as many "oui", is the date with the most "si besoin"', () => {
    expect(bestDates([t('a', 3, 1, 0), t('b', 3, 2, 0), t('c', 0, 6, 0)])).toEqual(['b']);
  });

  it('shows every date still equal as best', () => {
    expect(bestDates([t('a', 2, 1, 1), t('b', 1, 0, 0), t('c', 2, 1, 3)])).toEqual(['a', 'c']);
  });

  it('never calls best a date nobody can come to, nor any date without answers', () => {
    expect(bestDates([t('a', 0, 0, 4), t('b', 0, 0, 4)])).toEqual([]);
    expect(bestDates([])).toEqual([]);
  });
});
