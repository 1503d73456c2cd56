import type { KvKey, KvStore, KvStoreSetOptions } from '@fedify/fedify';
import type { DataSource } from 'typeorm';
import { millisecondsOf } from './duration';

/** How often, at most, expired entries are swept (on a write). */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Fedify's key–value store in PostgreSQL (`federation_kv`): what it caches (remote documents and
 * keys) and remembers (ids of activities already received, so a repeated delivery is handled
 * once) is shared by every API process and survives a restart.
 */
export class PostgresKvStore implements KvStore {
  private lastSweep = 0;

  constructor(private readonly db: DataSource) {}

  async get<T = unknown>(key: KvKey): Promise<T | undefined> {
    const [row]: { value: T }[] = await this.db.query(
      `SELECT value FROM federation_kv WHERE key = $1 AND (expires_at IS NULL OR expires_at > now())`,
      [key],
    );
    return row?.value;
  }

  async set(key: KvKey, value: unknown, options?: KvStoreSetOptions): Promise<void> {
    const ttl = millisecondsOf(options?.ttl);
    await this.db.query(
      `INSERT INTO federation_kv (key, value, expires_at)
       VALUES ($1, $2::jsonb, now() + $3::int * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = EXCLUDED.expires_at`,
      [key, JSON.stringify(value), ttl],
    );
    if (Date.now() - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = Date.now();
      await this.db.query(`DELETE FROM federation_kv WHERE expires_at <= now()`);
    }
  }

  async delete(key: KvKey): Promise<void> {
    await this.db.query(`DELETE FROM federation_kv WHERE key = $1`, [key]);
  }
}
