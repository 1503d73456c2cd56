import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A running embedded PostgreSQL (PGlite) reachable through the PostgreSQL wire protocol. */
export interface EmbeddedPostgres {
  /** A postgres:// URL for the `pg` driver, on loopback. */
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedDatabaseLockedError extends Error {
  override name = 'EmbeddedDatabaseLockedError';
}

const LOCK_FILE = 'palier.lock';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One process at a time may open an embedded database folder: a second one would corrupt it. */
function takeLock(folder: string): () => void {
  const lockPath = join(folder, LOCK_FILE);
  try {
    const holder = Number(readFileSync(lockPath, 'utf8'));
    if (holder && isRunning(holder)) {
      throw new EmbeddedDatabaseLockedError(
        `The embedded database in ${folder} is already open in process ${holder}. Stop that process, or set DATA_DIR to another folder.`,
      );
    }
  } catch (error) {
    if (error instanceof EmbeddedDatabaseLockedError) throw error;
  }
  writeFileSync(lockPath, String(process.pid));
  return () => rmSync(lockPath, { force: true });
}

/**
 * Starts PGlite on `dataDir` (or in memory when `dataDir` is undefined) and serves it on a free
 * loopback port. PGlite has a single session, so the server accepts one connection at a time and
 * the application must use a pool of one: transactions then queue instead of interleaving.
 */
export async function startEmbeddedPostgres(
  dataDir: string | undefined,
  { maxConnections = 1 }: { maxConnections?: number } = {},
): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
  const { citext } = await import('@electric-sql/pglite/contrib/citext');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');

  let release = () => undefined as void;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    release = takeLock(dataDir);
  }
  try {
    const db = await PGlite.create(dataDir ? join(dataDir, 'pglite') : undefined, {
      extensions: { btree_gist, citext, pgcrypto },
    });
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
    return {
      url,
      async stop() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
