import { createServer } from 'node:net';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { startTestApp, type TestApp } from '../test-app';

/** A Palier server listening on its own loopback address, with its public URL. */
export interface Server {
  t: TestApp;
  url: string;
  host: string;
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
 * server has its own database: the run's one, or a fresh one (`own`). Private addresses are
 * allowed for federation here only, since both servers are on loopback.
 */
export async function startServer(
  host: string,
  database?: TestDatabase,
  env: Record<string, string> = {},
): Promise<Server> {
  const port = await freePort(host);
  const url = `http://${host}:${port}`;
  const t = await startTestApp({
    PUBLIC_URL: url,
    FEDERATION_ALLOW_PRIVATE_HOSTS: 'true',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  await t.app.listen(port, host);
  return { t, url, host };
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
