import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '@palier/server-core';

/** A database made for one test run, and how to get rid of it. */
export interface TestDatabase {
  url: string;
  mode: 'server' | 'embedded';
  drop(): Promise<void>;
}

/**
 * On the PostgreSQL server of `serverUrl`: creates a fresh database `palier_test_<random>` and
 * drops it afterwards. Without a server: a fresh in-memory embedded PostgreSQL.
 */
export async function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  if (!serverUrl) {
    // Test files open and close apps one after the other: a closed connection may not be released
    // yet when the next one arrives, so allow a few (each app still uses a pool of one).
    const embedded = await startEmbeddedPostgres(undefined, { maxConnections: 4 });
    return { url: embedded.url, mode: 'embedded', drop: () => embedded.stop() };
  }
  const name = `palier_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    mode: 'server',
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
