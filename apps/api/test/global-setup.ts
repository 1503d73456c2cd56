import { createTestDatabase, TestDatabase } from './test-database';

declare global {
  var __PALIER_TEST_DATABASE__: TestDatabase | undefined;
}

/** Jest global setup: one fresh database for the whole run (tests run in band). */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase(process.env['DATABASE_URL'] || undefined);
  globalThis.__PALIER_TEST_DATABASE__ = database;
  process.env['PALIER_TEST_DATABASE_URL'] = database.url;
  process.env['PALIER_TEST_DATABASE_MODE'] = database.mode;
  process.stdout.write(`\nIntegration tests on a fresh ${database.mode} PostgreSQL database.\n`);
}
