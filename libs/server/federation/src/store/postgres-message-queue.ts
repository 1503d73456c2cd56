import type {
  MessageQueue,
  MessageQueueEnqueueOptions,
  MessageQueueListenOptions,
} from '@fedify/fedify';
import type { DataSource } from 'typeorm';
import { millisecondsOf } from './duration';

/** How long a process may hold a message before another may take it (it died meanwhile). */
const LEASE = '5 minutes';

/** How often a listener looks for due messages when nothing woke it (other processes' ones). */
const POLL_MS = 1_000;

/**
 * Fedify's message queue in PostgreSQL (`federation_queue`): outgoing deliveries and their
 * retries (Fedify re-enqueues a failed delivery with a growing delay) survive a restart, and any
 * API process may deliver them. Each message is taken by one listener at a time
 * (`FOR UPDATE SKIP LOCKED`, with a lease) and removed once handled.
 */
export class PostgresMessageQueue implements MessageQueue {
  /** Listeners of this process asleep, woken by an enqueue here. */
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly db: DataSource,
    private readonly onError: (error: unknown) => void,
  ) {}

  async enqueue(message: unknown, options?: MessageQueueEnqueueOptions): Promise<void> {
    await this.enqueueMany([message], options);
  }

  async enqueueMany(messages: unknown[], options?: MessageQueueEnqueueOptions): Promise<void> {
    if (!messages.length) return;
    await this.db.query(
      `INSERT INTO federation_queue (message, run_at)
       SELECT m, now() + $2::int * interval '1 millisecond' FROM unnest($1::jsonb[]) AS m`,
      [messages.map((m) => JSON.stringify(m)), millisecondsOf(options?.delay) ?? 0],
    );
    for (const wake of this.sleepers) wake();
  }

  async listen(
    handler: (message: unknown) => Promise<void> | void,
    options?: MessageQueueListenOptions,
  ): Promise<void> {
    const signal = options?.signal;
    while (!signal?.aborted) {
      let taken: { id: string; message: unknown } | undefined;
      try {
        taken = await this.take();
      } catch (error) {
        if (signal?.aborted) return; // the app is closing: its database is going away
        this.onError(error);
      }
      if (!taken) {
        await this.sleep(signal);
        continue;
      }
      try {
        await handler(taken.message);
      } catch (error) {
        this.onError(error);
      } finally {
        await this.db
          .query(`DELETE FROM federation_queue WHERE id = $1`, [taken.id])
          .catch((error: unknown) => signal?.aborted || this.onError(error));
      }
    }
  }

  private async take(): Promise<{ id: string; message: unknown } | undefined> {
    const [rows]: [{ id: string; message: unknown }[], number] = await this.db.query(
      `UPDATE federation_queue SET locked_until = now() + interval '${LEASE}', attempts = attempts + 1
        WHERE id = (SELECT id FROM federation_queue
                     WHERE run_at <= now() AND (locked_until IS NULL OR locked_until < now())
                     ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, message`,
    );
    return rows[0];
  }

  /** Waits for a poll interval, an enqueue in this process, or the end. */
  private sleep(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, POLL_MS);
      signal?.addEventListener('abort', done, { once: true });
      this.sleepers.add(done);
    });
  }
}
