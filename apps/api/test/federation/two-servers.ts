import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { httpClients, startTestApp, testEnv, type TestApp } from '../test-app';

/** A Palier server listening on its own loopback address, with its public URL. */
export interface Server {
  t: TestApp;
  url: string;
  host: string;
  /** The server's process id, when it runs in a process of its own. */
  pid?: number;
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts a Palier server on `host` (127.0.0.1, 127.0.0.2…: two hostnames on loopback). Each
 * server has its own database: the run's one, or a fresh one (`database`). A server with a fresh
 * database on the PostgreSQL server runs in a process of its own (the built server,
 * dist/api-test); its `t` then talks to it over HTTP, and its `t.app` and `t.query` are a
 * fixtures app on the same database in the test's process (not listening, no jobs), so the
 * factories work unchanged. On the embedded database (a single session), both servers run in the
 * test's process. Private addresses are allowed for federation here only, both being on loopback.
 */
export async function startServer(
  host: string,
  database?: TestDatabase,
  env: Record<string, string> = {},
): Promise<Server> {
  const port = await freePort(host);
  const url = `http://${host}:${port}`;
  const settings = {
    PUBLIC_URL: url,
    FEDERATION_ALLOW_PRIVATE_HOSTS: 'true',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  };
  if (database?.mode === 'server') return startServerProcess(host, port, url, settings);
  const t = await startTestApp(settings);
  await t.app.listen(port, host);
  return { t, url, host };
}

/** The server in a child process (`node dist/api-test/apps/api/src/main.js`), ready to serve. */
async function startServerProcess(
  host: string,
  port: number,
  url: string,
  settings: Record<string, string>,
): Promise<Server> {
  // First the fixtures app: it migrates the database before the server starts on it.
  const fixtures = await startTestApp({ ...settings, RUN_JOBS: 'false' });
  const storageDir = mkdtempSync(join(tmpdir(), 'palier-test-server-'));
  const main = join(__dirname, '..', '..', '..', '..', 'dist/api-test/apps/api/src/main.js');
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      ...testEnv({ ...settings, HOST: host, PORT: String(port), STORAGE_DIR: storageDir }),
      LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Palier is running')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`The server on ${host} stopped (${code}) before serving:\n${out}`)),
    );
  });
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const t: TestApp = {
    ...fixtures,
    ...httpClients(url),
    listen: async () => url,
    async close() {
      child.kill('SIGTERM');
      await stopped;
      await fixtures.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
  return { t, url, host, pid: child.pid };
}

/** A second database for the second server (on the same PostgreSQL server, or embedded). */
export const secondDatabase = () => createTestDatabase(process.env['DATABASE_URL'] || undefined);

/** Waits until `check` returns a truthy value (deliveries go through Fedify's queue). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error('Timed out waiting for a federation delivery.');
    await new Promise((r) => setTimeout(r, 100));
  }
}
