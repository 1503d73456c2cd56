import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Where the application's PostgreSQL is, and how many connections it may open. */
export interface DatabaseEndpoint {
  url: string;
  poolSize: number;
  embedded: boolean;
  close(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Connects once to make sure the server answers, so a wrong URL stops the start with one line. */
export async function checkReachable(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = (error as Error).message || (error as NodeJS.ErrnoException).code || 'no answer';
    throw new DatabaseUnreachableError(
      `Cannot reach the database given by DATABASE_URL (${redact(url)}): ${reason}.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Opens the database Palier will use: the PostgreSQL server of DATABASE_URL, or else the
 * embedded PostgreSQL stored in DATA_DIR (a pool of one connection, see embedded-postgres.ts).
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'databasePoolSize' | 'dataDir'>,
): Promise<DatabaseEndpoint> {
  if (config.databaseUrl) {
    await checkReachable(config.databaseUrl);
    return {
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      embedded: false,
      close: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'db'));
  return { url: embedded.url, poolSize: 1, embedded: true, close: () => embedded.stop() };
}
