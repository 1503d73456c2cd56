// Shared by the benchmarks that run the whole app: start Palier on a fresh embedded (or server)
// database with the demo content, make residents with open sessions, send GraphQL requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const require = createRequire(import.meta.url);
export const root = join(import.meta.dirname, '..');
export const dist = (p) => require(join(root, 'dist/api', p));

export const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function startPalier() {
  const dataDir = mkdtempSync(join(tmpdir(), 'palier-bench-'));
  process.env.DATA_DIR = dataDir;
  process.env.LOG_LEVEL = 'error';
  process.env.DEMO_CONTENT = 'true';
  process.env.RUN_JOBS = 'false';
  process.env.WEB_DIST_DIR = '/nonexistent';
  const core = dist('libs/server/core/src/index.js');
  const { createApp } = dist('apps/api/src/bootstrap.js');
  const { seedDemo } = dist('apps/api/src/demo/seed-demo.js');
  const config = core.loadConfig();
  const endpoint = await core.openDatabase(config);
  const app = await createApp(config, endpoint);
  await seedDemo(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const { CommunityService } = dist('libs/server/community/src/index.js');
  const community = await app.get(CommunityService).getBySlug('la-passerelle');
  const { getDataSourceToken } = require('@nestjs/typeorm');
  return {
    app,
    url,
    embedded: endpoint.embedded,
    db: app.get(getDataSourceToken()),
    communityId: community.id,
    stop: async () => {
      await app.close();
      await endpoint.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Residents of the community with an open session each: their cookies. */
export async function residents(app, db, communityId, n) {
  const { SessionsService } = dist('libs/server/identity/src/index.js');
  const sessions = app.get(SessionsService);
  const cookies = [];
  const tag = Date.now().toString(36);
  for (let i = 0; i < n; i++) {
    const [account] = await db.query(
      `INSERT INTO account (email, display_name, status) VALUES ($1, $2, 'active') RETURNING id`,
      [`bench-${tag}-${i}@example.org`, `Habitant ${i}`],
    );
    await db.query(
      `INSERT INTO membership (community_id, account_id, role, status) VALUES ($1, $2, 'resident', 'active')`,
      [communityId, account.id],
    );
    let token = '';
    await sessions.open(account.id, { headers: {} }, { cookie: (_name, value) => (token = value) });
    cookies.push(`palier_session=${token}`);
  }
  return cookies;
}

export async function gql(url, cookie, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}
