import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  EmbeddedDatabaseLockedError,
  openDatabase,
  type DatabaseEndpoint,
} from '@palier/server-core';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../test-app';

async function concurrentCommitAndRollback(db: DataSource): Promise<string[]> {
  await db.query('CREATE TABLE IF NOT EXISTS tx_probe (label text PRIMARY KEY)');
  await db.query('TRUNCATE tx_probe');
  let releaseRollback!: () => void;
  const rollbackMayGoOn = new Promise<void>((resolve) => (releaseRollback = resolve));
  const failing = db
    .transaction(async (tx) => {
      await tx.query(`INSERT INTO tx_probe VALUES ('rolled-back')`);
      await rollbackMayGoOn;
      throw new Error('changed my mind');
    })
    .catch((error: Error) => error.message);
  const committing = db.transaction(async (tx) => {
    await tx.query(`INSERT INTO tx_probe VALUES ('committed')`);
  });
  // Let the committing transaction start (and, on a server, finish) while the other is open.
  setTimeout(releaseRollback, 50);
  const [failure] = await Promise.all([failing, committing]);
  expect(failure).toBe('changed my mind');
  const rows: { label: string }[] = await db.query('SELECT label FROM tx_probe ORDER BY label');
  await db.query('DROP TABLE tx_probe');
  return rows.map((r) => r.label);
}

describe('transactions on the run database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps a committed transaction when a concurrent one rolls back', async () => {
    expect(await concurrentCommitAndRollback(t.app.get(DataSource))).toEqual(['committed']);
  });

  it('has applied every migration, and synchronize is off', async () => {
    const db = t.app.get(DataSource);
    expect(db.options.synchronize).toBe(false);
    expect(await db.showMigrations()).toBe(false);
  });
});

describe('embedded PostgreSQL in a data folder (the default without DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'palier-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function connect(endpoint: DatabaseEndpoint): Promise<DataSource> {
    const db = new DataSource({
      type: 'postgres',
      url: endpoint.url,
      extra: { max: endpoint.poolSize },
    });
    return db.initialize();
  }

  it('isolates concurrent transactions, refuses a second process, and keeps data across restarts', async () => {
    const first = await openDatabase({ dataDir, databasePoolSize: 10 });
    expect(first.embedded).toBe(true);
    expect(first.poolSize).toBe(1);
    const db = await connect(first);
    expect(await concurrentCommitAndRollback(db)).toEqual(['committed']);
    await db.query(`CREATE TABLE kept (note text)`);
    await db.query(`INSERT INTO kept VALUES ('still here')`);

    await expect(openDatabase({ dataDir, databasePoolSize: 1 })).rejects.toBeInstanceOf(
      EmbeddedDatabaseLockedError,
    );
    await db.destroy();
    await first.close();

    const again = await openDatabase({ dataDir, databasePoolSize: 1 });
    const reopened = await connect(again);
    expect(await reopened.query('SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await reopened.destroy();
    await again.close();
  }, 120_000);

  it('refuses a data folder another live process holds', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const held = join(dataDir, 'held');
    mkdirSync(join(held, 'db'), { recursive: true });
    writeFileSync(join(held, 'db', 'palier.lock'), String(process.ppid));
    await expect(openDatabase({ dataDir: held, databasePoolSize: 1 })).rejects.toBeInstanceOf(
      EmbeddedDatabaseLockedError,
    );
  });
});
