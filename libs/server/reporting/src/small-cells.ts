/**
 * The privacy rule of every report table (written in the page, tested in small-cells.spec.ts):
 *
 * 1. A row whose count of distinct people is between 1 and 4 is hidden: each of its numbers shows
 *    "< 5" (zero is shown: it points at nobody).
 * 2. In a table whose rows share out a total (months, activities, age bands…), when exactly one row
 *    is hidden, the smallest other row with people in it is masked too ("masqué"), so the hidden
 *    number can never be worked out by subtracting the others from the total.
 * 3. The total row follows rule 1.
 */
export const SMALL_GROUP = 5;

export type CellState = 'shown' | 'small' | 'masked';

export function isSmall(people: number): boolean {
  return people > 0 && people < SMALL_GROUP;
}

/** The state of each row, from the number of distinct people behind it (rules 1 and 2). */
export function protectRows(people: readonly number[], sharesTotal: boolean): CellState[] {
  const states: CellState[] = people.map((p) => (isSmall(p) ? 'small' : 'shown'));
  const hidden = states.filter((s) => s !== 'shown').length;
  if (sharesTotal && hidden === 1) {
    let smallest = -1;
    people.forEach((p, i) => {
      if (states[i] === 'shown' && p > 0 && (smallest < 0 || p < people[smallest])) smallest = i;
    });
    if (smallest >= 0) states[smallest] = 'masked';
  }
  return states;
}
