import { instantRunoff } from './instant-runoff';

const many = (n: number, ballot: string[]) => Array.from({ length: n }, () => ballot);

describe('instant-runoff counting', () => {
  it('elects an option with more than half of the first choices in the first round', () => {
    const result = instantRunoff(
      ['a', 'b', 'c'],
      [...many(3, ['a', 'b']), ...many(1, ['b']), ...many(1, ['c', 'a'])],
    );
    expect(result.winners).toEqual(['a']);
    expect(result.rounds).toEqual([
      { counts: { a: 3, b: 1, c: 1 }, continuing: 5, exhausted: 0, eliminated: [] },
    ]);
  });

  it('eliminates the last option and moves its ballots to their next choice, round by round', () => {
    const result = instantRunoff(
      ['a', 'b', 'c'],
      [...many(4, ['a']), ...many(3, ['b', 'c']), ...many(2, ['c', 'b'])],
    );
    expect(result.rounds.map((r) => r.counts)).toEqual([
      { a: 4, b: 3, c: 2 },
      { a: 4, b: 5 },
    ]);
    expect(result.rounds[0].eliminated).toEqual(['c']);
    expect(result.winners).toEqual(['b']);
  });

  it('counts exhausted ballots apart and takes the majority of the ballots still counting', () => {
    // After c goes, the two "c only" ballots are exhausted: 4 against 3 out of 7 continuing.
    const result = instantRunoff(
      ['a', 'b', 'c'],
      [...many(4, ['a']), ...many(3, ['b']), ...many(2, ['c'])],
    );
    expect(result.rounds[1]).toEqual({
      counts: { a: 4, b: 3 },
      continuing: 7,
      exhausted: 2,
      eliminated: [],
    });
    expect(result.winners).toEqual(['a']);
  });

  it('breaks a tie for the last place by the previous round', () => {
    const result = instantRunoff(
      ['a', 'b', 'c', 'd'],
      [...many(6, ['a']), ...many(4, ['b']), ...many(3, ['c']), ...many(1, ['d', 'c'])],
    );
    expect(result.rounds[0].eliminated).toEqual(['d']);
    // Round 2: b and c both have 4; c had fewer in round 1 (3 against 4): c goes.
    expect(result.rounds[1].counts).toEqual({ a: 6, b: 4, c: 4 });
    expect(result.rounds[1].eliminated).toEqual(['c']);
    // Round 3: c's ballots are exhausted; a has 6 of the 10 still counting.
    expect(result.rounds[2]).toMatchObject({ continuing: 10, exhausted: 4 });
    expect(result.winners).toEqual(['a']);
  });

  it('eliminates together options tied for the last place in every round', () => {
    const result = instantRunoff(
      ['a', 'b', 'c', 'd'],
      [...many(2, ['a']), ...many(2, ['d']), ...many(1, ['b', 'a']), ...many(1, ['c'])],
    );
    expect(result.rounds[0].eliminated).toEqual(['b', 'c']);
    expect(result.rounds[1]).toEqual({
      counts: { a: 3, d: 2 },
      continuing: 5,
      exhausted: 1,
      eliminated: [],
    });
    expect(result.winners).toEqual(['a']);
  });

  it('declares a tie when every option still in the race has as many votes', () => {
    const result = instantRunoff(['a', 'b', 'c'], [...many(2, ['a']), ...many(2, ['b'])]);
    // c (0) goes first; then a and b are tied with no majority: both are declared winners.
    expect(result.rounds[0].eliminated).toEqual(['c']);
    expect(result.rounds).toHaveLength(2);
    expect(result.winners).toEqual(['a', 'b']);
  });

  it('has no winner without ballots', () => {
    expect(instantRunoff(['a', 'b'], [])).toEqual({
      rounds: [{ counts: { a: 0, b: 0 }, continuing: 0, exhausted: 0, eliminated: [] }],
      winners: [],
    });
  });
});
