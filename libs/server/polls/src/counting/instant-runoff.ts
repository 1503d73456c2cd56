/**
 * Instant-runoff counting of a ranked-choice poll.
 *
 * Each round, every ballot counts for its highest-ranked option still in the race. A ballot whose
 * ranked options have all been eliminated is "exhausted": it no longer counts, and the majority is
 * computed on the ballots still counting (the continuing ballots).
 *
 * - An option with more than half of the continuing ballots wins.
 * - Otherwise the option with the fewest votes is eliminated and its ballots go to their next
 *   choice.
 * - Tie for the fewest votes (the tie rule): the tied option that had fewer votes in the previous
 *   round is eliminated, going back round by round to the first one; if they were tied in every
 *   round, all of them are eliminated together.
 * - If every option still in the race has the same number of votes, nobody is eliminated: the
 *   result is a tie between them (the centre decides, and says so in its outcome statement).
 * - Without any counting ballot, there is no winner.
 */
export interface RunoffRound {
  /** Votes of each option still in the race at the start of the round (by option id). */
  counts: Record<string, number>;
  /** Ballots that count in this round. */
  continuing: number;
  /** Ballots whose ranked options are all eliminated. */
  exhausted: number;
  /** Options eliminated at the end of the round (empty on the last round). */
  eliminated: string[];
}

export interface RunoffResult {
  rounds: RunoffRound[];
  /** One winner, several when the last options are tied, none without ballots. */
  winners: string[];
}

export function instantRunoff(optionIds: string[], ballots: string[][]): RunoffResult {
  const remaining = new Set(optionIds);
  const rounds: RunoffRound[] = [];
  for (;;) {
    const counts: Record<string, number> = {};
    for (const id of remaining) counts[id] = 0;
    let exhausted = 0;
    for (const ballot of ballots) {
      const choice = ballot.find((id) => remaining.has(id));
      if (choice === undefined) exhausted++;
      else counts[choice]++;
    }
    const continuing = ballots.length - exhausted;
    const round: RunoffRound = { counts, continuing, exhausted, eliminated: [] };
    rounds.push(round);
    if (continuing === 0) return { rounds, winners: [] };
    const ids = [...remaining];
    const leader = ids.find((id) => counts[id] * 2 > continuing);
    if (leader) return { rounds, winners: [leader] };
    const fewest = Math.min(...ids.map((id) => counts[id]));
    let tied = ids.filter((id) => counts[id] === fewest);
    if (tied.length === ids.length) return { rounds, winners: ids };
    // Tie for the fewest votes: look back, round by round, for the one that had fewer.
    for (let r = rounds.length - 2; r >= 0 && tied.length > 1; r--) {
      const before = rounds[r].counts;
      const least = Math.min(...tied.map((id) => before[id]));
      tied = tied.filter((id) => before[id] === least);
    }
    round.eliminated = tied;
    for (const id of tied) remaining.delete(id);
  }
}
