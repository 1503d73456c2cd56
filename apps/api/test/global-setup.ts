import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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
  if (database.mode === 'server') {
    // The federation tests run a second Palier server in a process of its own: the built server.
    const root = join(__dirname, '..', '..', '..');
    execFileSync(process.execPath, [join(root, 'tools/scripts/build-server.mjs')], {
      cwd: root,
      env: { ...process.env, PALIER_BUILD_OUT: 'dist/api-test' },
      stdio: 'inherit',
    });
  }
}
