/** The answers to one date of a date-finding poll. */
export interface DateTally {
  optionId: string;
  yes: number;
  maybe: number;
  no: number;
}

/**
 * The best dates of a date-finding poll (the rule shown to residents under the results):
 * the date with the most "oui" wins; between dates with as many "oui", the one with the most
 * "si besoin"; dates still equal are all shown as best (the centre chooses among them). A date
 * nobody can come to (no "oui" and no "si besoin") is never the best.
 */
export function bestDates(tallies: DateTally[]): string[] {
  const possible = tallies.filter((t) => t.yes + t.maybe > 0);
  if (!possible.length) return [];
  const top = possible.reduce((best, t) =>
    t.yes > best.yes || (t.yes === best.yes && t.maybe > best.maybe) ? t : best,
  );
  return possible.filter((t) => t.yes === top.yes && t.maybe === top.maybe).map((t) => t.optionId);
}
