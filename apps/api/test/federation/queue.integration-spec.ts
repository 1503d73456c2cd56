import { getDataSourceToken } from '@nestjs/typeorm';
import { Temporal } from '@js-temporal/polyfill';
import { PostgresKvStore, PostgresMessageQueue } from '@palier/server-federation';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../test-app';
import { eventually } from './two-servers';

/**
 * Fedify's queue and key–value store in PostgreSQL: a message waits for a listener (it survives
 * a restart), is handled once even with several listeners (several API processes), waits for its
 * delay, and the store forgets an entry after its time to live.
 */
describe('federation: the delivery queue and the key–value store in PostgreSQL', () => {
  let t: TestApp;
  let db: DataSource;
  const stops: AbortController[] = [];
  const listening: Promise<void>[] = [];
  const tag = `queue-test-${Date.now()}`;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(async () => {
    for (const stop of stops) stop.abort();
    await Promise.all(listening); // a poll under way ends before the database closes
    await t?.close();
  });

  const listen = (queue: PostgresMessageQueue, seen: unknown[]) => {
    const stop = new AbortController();
    stops.push(stop);
    listening.push(queue.listen((m) => void seen.push(m), { signal: stop.signal }));
    return stop;
  };
  const ours = (seen: unknown[]) =>
    seen.filter((m) => (m as { tag?: string }).tag === tag) as { tag: string; n: number }[];

  it('keeps messages until a listener comes, and hands each to one listener only', async () => {
    const errors: unknown[] = [];
    const producer = new PostgresMessageQueue(db, (e) => errors.push(e));
    await producer.enqueueMany(Array.from({ length: 40 }, (_, n) => ({ tag, n })));
    // Two listeners, as two API processes would run: each message is handled exactly once.
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    listen(new PostgresMessageQueue(db, (e) => errors.push(e)), seenA);
    listen(new PostgresMessageQueue(db, (e) => errors.push(e)), seenB);
    await eventually(async () => ours(seenA).length + ours(seenB).length >= 40);
    const all = [...ours(seenA), ...ours(seenB)].map((m) => m.n).sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: 40 }, (_, n) => n));
    const [{ left }] = await t.query<{ left: number }>(
      `SELECT count(*)::int AS left FROM federation_queue WHERE message->>'tag' = $1`,
      [tag],
    );
    expect(left).toBe(0);
    expect(errors).toEqual([]);
  });

  it('waits for a message’s delay', async () => {
    const queue = new PostgresMessageQueue(db, () => undefined);
    const seen: unknown[] = [];
    listen(queue, seen);
    const sent = Date.now();
    await queue.enqueue({ tag, n: 99 }, { delay: Temporal.Duration.from({ seconds: 2 }) });
    await eventually(async () => ours(seen).some((m) => m.n === 99));
    expect(Date.now() - sent).toBeGreaterThanOrEqual(1_900);
  });

  it('stores values, forgets them after their time to live, and deletes them', async () => {
    const kv = new PostgresKvStore(db);
    await kv.set([tag, 'doc'], { type: 'Note', content: 'Bonjour' });
    await kv.set([tag, 'brief'], 'court', { ttl: Temporal.Duration.from({ milliseconds: 300 }) });
    expect(await kv.get([tag, 'doc'])).toEqual({ type: 'Note', content: 'Bonjour' });
    expect(await kv.get([tag, 'brief'])).toBe('court');
    await new Promise((r) => setTimeout(r, 400));
    expect(await kv.get([tag, 'brief'])).toBeUndefined();
    await kv.delete([tag, 'doc']);
    expect(await kv.get([tag, 'doc'])).toBeUndefined();
  });
});
