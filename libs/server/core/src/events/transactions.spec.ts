import { DomainEvents } from './domain-events';
import { Transactions } from './transactions';

declare module '../index' {
  interface DomainEventMap {
    'test.happened': { n: number };
  }
}

/** A DataSource stand-in whose transaction commits or rolls back like TypeORM's. */
function fakeDb(commit: boolean) {
  return {
    transaction: async (work: (m: unknown) => Promise<unknown>) => {
      const result = await work({});
      if (!commit) throw new Error('rolled back');
      return result;
    },
  };
}

describe('Transactions', () => {
  it('publishes the emitted events after the commit, in order', async () => {
    const events = new DomainEvents();
    const seen: number[] = [];
    events.on('test.happened', ({ n }) => void seen.push(n));
    const tx = new Transactions(fakeDb(true) as never, events);
    const result = await tx.run(async (_m, emit) => {
      emit({ type: 'test.happened', payload: { n: 1 } });
      emit({ type: 'test.happened', payload: { n: 2 } });
      expect(seen).toEqual([]);
      return 'done';
    });
    expect(result).toBe('done');
    expect(seen).toEqual([1, 2]);
  });

  it('never announces a rolled-back change', async () => {
    const events = new DomainEvents();
    const seen: number[] = [];
    events.on('test.happened', ({ n }) => void seen.push(n));
    const tx = new Transactions(fakeDb(false) as never, events);
    await expect(
      tx.run(async (_m, emit) => emit({ type: 'test.happened', payload: { n: 1 } })),
    ).rejects.toThrow('rolled back');
    expect(seen).toEqual([]);
  });

  it('keeps going when a handler fails', async () => {
    const events = new DomainEvents();
    const seen: number[] = [];
    events.on('test.happened', () => {
      throw new Error('boom');
    });
    events.on('test.happened', ({ n }) => void seen.push(n));
    await events.publish([{ type: 'test.happened', payload: { n: 3 } }]);
    expect(seen).toEqual([3]);
  });
});
