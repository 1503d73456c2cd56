// Benchmark of the community feed (issue "Community feed and moderation"): the first page and a
// deep page of a logged-in member's feed through GraphQL over HTTP (autocannon), at 10,000 then
// 1,000,000 posts, against a baseline measured in the same run: the same rows (posts, author
// names, photos, reaction counts) read by one hand-written SQL query through `pg`.
// Run: npm run bench:feed   (embedded database unless DATABASE_URL is set, then a fresh database
// on that server, dropped at the end; NODE_ENV=production as deployed; BENCH_SIZES,
// BENCH_SECONDS, BENCH_CONNECTIONS to change the defaults)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { Pool } = require('pg');

const SIZES = (process.env.BENCH_SIZES ?? '10000,1000000').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PAGE = 20;
const PASSWORD = 'palier-demo-2026';

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const cursorOf = (row) =>
  Buffer.from(JSON.stringify([row.cursor_at, row.id])).toString('base64url');

const FEED = `query($c: ID!, $after: String) { feed(communityId: $c, first: ${PAGE}, after: $after) {
  pinned { id } edges { cursor node { id body contentWarning visibility createdAt editedAt pinned hidden mine
  author { id displayName formerMember } photos { id url thumbnailUrl width height alt }
  reactions { reaction emoji count mine } } } pageInfo { hasNextPage endCursor } } }`;

/** The same page in one hand-written query: what a bare SQL endpoint would run. */
const RAW_SQL = `
  SELECT p.id, p.body, p.content_warning, p.visibility, p.created_at, p.edited_at, a.display_name,
         coalesce((SELECT json_agg(json_build_object('id', ph.id, 'alt', ph.alt, 'w', ph.width, 'h', ph.height) ORDER BY ph.position)
                     FROM feed_photo ph WHERE ph.post_id = p.id), '[]') AS photos,
         coalesce((SELECT json_agg(json_build_object('r', r.reaction, 'n', r.n, 'mine', r.mine))
                     FROM (SELECT reaction, count(*) AS n, bool_or(account_id = $2) AS mine
                             FROM feed_reaction WHERE post_id = p.id GROUP BY reaction) r), '[]') AS reactions
    FROM feed_post p LEFT JOIN account a ON a.id = p.author_account_id
   WHERE p.community_id = $1 AND p.pinned_at IS NULL AND p.hidden_at IS NULL
     AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)
   ORDER BY p.created_at DESC, p.id DESC LIMIT ${PAGE + 1}`;

/** On a PostgreSQL server, a fresh database for this run (dropped at the end). */
async function freshDatabase() {
  if (!process.env.DATABASE_URL) return async () => {};
  const server = new URL(process.env.DATABASE_URL);
  const name = `palier_bench_feed_${process.pid}`;
  const admin = new Pool({ connectionString: server.href, max: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  process.env.DATABASE_URL = Object.assign(new URL(server.href), { pathname: `/${name}` }).href;
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}

async function startPalier() {
  const dataDir = mkdtempSync(join(tmpdir(), 'palier-bench-'));
  const dropDatabase = await freshDatabase();
  process.env.DATA_DIR = dataDir;
  // The configuration the product runs with (GraphQL skips its development-time checks).
  process.env.NODE_ENV = 'production';
  process.env.LOG_LEVEL = 'warn';
  process.env.DEMO_CONTENT = 'true';
  process.env.RUN_JOBS = 'false';
  process.env.WEB_DIST_DIR = '/nonexistent';
  const core = require(join(root, 'dist/api/libs/server/core/src/index.js'));
  const { createApp } = require(join(root, 'dist/api/apps/api/src/bootstrap.js'));
  const { seedDemo } = require(join(root, 'dist/api/apps/api/src/demo/seed-demo.js'));
  const config = core.loadConfig();
  const endpoint = await core.openDatabase(config);
  const app = await createApp(config, endpoint);
  await seedDemo(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const { getDataSourceToken } = require('@nestjs/typeorm');
  const db = app.get(getDataSourceToken());
  // Embedded: the app's own pg pool (PGlite serves one connection); server: a pool of our own.
  const pool = config.databaseUrl
    ? new Pool({ connectionString: config.databaseUrl, max: config.databasePoolSize })
    : db.driver.master;
  return {
    url,
    db,
    pool,
    embedded: !config.databaseUrl,
    stop: async () => {
      if (config.databaseUrl) await pool.end();
      await app.close();
      await endpoint.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Grows the community's feed to `total` posts, one a minute back in time, with photos and reactions. */
async function growTo(db, communityId, total, have) {
  if (total <= have) return;
  const started = performance.now();
  const authors = await db.query(
    `SELECT account_id FROM membership WHERE community_id = $1 AND status = 'active'`,
    [communityId],
  );
  const ids = authors.map((a) => a.account_id);
  for (let from = have; from < total; from += 100_000) {
    const to = Math.min(total, from + 100_000);
    await db.query(
      `INSERT INTO feed_post (community_id, author_account_id, body, visibility, created_at)
       SELECT $1, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
              'Publication numéro ' || i || ' : des nouvelles du quartier, une sortie, une question.',
              'members', now() - make_interval(mins => i + 1)
         FROM generate_series($3::int, $4::int - 1) AS i`,
      [communityId, ids, from, to],
    );
  }
  await db.query(
    `INSERT INTO feed_photo (community_id, uploader_account_id, post_id, position, alt, width, height, thumb_width, thumb_height, byte_size)
     SELECT p.community_id, p.author_account_id, p.id, 0, 'Une photo', 1600, 1200, 400, 300, 150000
       FROM feed_post p WHERE p.community_id = $1 AND NOT EXISTS (SELECT 1 FROM feed_photo ph WHERE ph.post_id = p.id)
        AND ('x' || substr(p.id::text, 1, 2))::bit(8)::int % 5 = 0`,
    [communityId],
  );
  await db.query(
    `INSERT INTO feed_reaction (post_id, account_id, reaction)
     SELECT p.id, m.account_id, 'heart' FROM feed_post p
       JOIN membership m ON m.community_id = p.community_id AND m.status = 'active'
      WHERE p.community_id = $1 AND ('x' || substr(p.id::text, 3, 2))::bit(8)::int % 3 = 0
     ON CONFLICT DO NOTHING`,
    [communityId],
  );
  await db.query('ANALYZE');
  console.log(
    `  ${total.toLocaleString('en')} posts ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** GraphQL over HTTP under load, from a child process (bench/feed-load.mjs). */
async function graphqlRun(url, cookie, communityId, after, duration = SECONDS) {
  const options = {
    url: `${url}/graphql`,
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: FEED, variables: { c: communityId, after } }),
    connections: CONNECTIONS,
    duration,
  };
  const child = spawn(
    process.execPath,
    [join(root, 'bench', 'feed-load.mjs'), JSON.stringify(options)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  await new Promise((resolve) => child.on('exit', resolve));
  return JSON.parse(out);
}

async function sqlRun(pool, params) {
  const latencies = [];
  const end = performance.now() + SECONDS * 1000;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await pool.query(RAW_SQL, params);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { throughput: latencies.length / SECONDS, p95: quantile(latencies, 0.95), errors };
}

const palier = await startPalier();
const [community] = await palier.db.query(`SELECT id FROM community WHERE slug = 'la-passerelle'`);
const [member] = await palier.db.query(
  `SELECT id FROM account WHERE email = 'habitant@la-passerelle.example.org'`,
);
const login = await fetch(`${palier.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($i: LogInInput!) { logIn(input: $i) { id } }',
    variables: { i: { identifier: 'habitant@la-passerelle.example.org', password: PASSWORD } },
  }),
});
const cookie = login.headers.getSetCookie()[0].split(';')[0];
console.log(
  `Feed benchmark: ${palier.embedded ? 'embedded PostgreSQL' : 'PostgreSQL server'}, ${CONNECTIONS} connections, ${SECONDS} s a run`,
);

// Warm-up (JIT, caches, connection): not measured.
await graphqlRun(palier.url, cookie, community.id, null, 2);

const rows = [];
let have = 0;
for (const size of SIZES) {
  await growTo(palier.db, community.id, size, have);
  have = size;
  const ordered = (offset) =>
    palier.db.query(
      `SELECT id, created_at::text AS cursor_at FROM feed_post WHERE community_id = $1 AND pinned_at IS NULL
        ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT 1`,
      [community.id, offset],
    );
  const [deep] = await ordered(Math.floor(size / 2));
  const first = { cursor_at: 'infinity', id: 'ffffffff-ffff-4fff-bfff-ffffffffffff' };
  for (const [page, row, after] of [
    ['first', first, null],
    ['deep', deep, cursorOf(deep)],
  ]) {
    await graphqlRun(palier.url, cookie, community.id, after, 2); // warm-up, not measured
    const gql = await graphqlRun(palier.url, cookie, community.id, after);
    const sql = await sqlRun(palier.pool, [community.id, member.id, row.cursor_at, row.id]);
    rows.push({
      posts: size,
      page,
      graphql_rps: +gql.throughput.toFixed(1),
      graphql_p95_ms: +gql.p95.toFixed(2),
      sql_rps: +sql.throughput.toFixed(1),
      sql_p95_ms: +sql.p95.toFixed(2),
      ratio: +(gql.throughput / sql.throughput).toFixed(3),
      errors: gql.errors + sql.errors,
    });
  }
}
await palier.stop();

console.log(
  '\n    posts | page  | GraphQL req/s | GraphQL p95 ms | SQL req/s | SQL p95 ms | GraphQL/SQL | errors',
);
for (const r of rows) {
  console.log(
    `${String(r.posts).padStart(9)} | ${r.page.padEnd(5)} | ${String(r.graphql_rps).padStart(13)} | ${String(r.graphql_p95_ms).padStart(14)} | ${String(r.sql_rps).padStart(9)} | ${String(r.sql_p95_ms).padStart(10)} | ${String(r.ratio).padStart(11)} | ${r.errors}`,
  );
}
const verdicts = [];
for (const r of rows)
  verdicts.push(
    `throughput ≥ 25 % of raw SQL at ${r.posts} posts, ${r.page} page: ${(r.ratio * 100).toFixed(0)} % (${r.ratio >= 0.25 ? 'met' : 'NOT met'})`,
  );
const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
for (const page of ['first', 'deep']) {
  const a = rows.find((r) => r.posts === small && r.page === page);
  const b = rows.find((r) => r.posts === large && r.page === page);
  if (a && b && a !== b) {
    const ratio = b.graphql_p95_ms / a.graphql_p95_ms;
    verdicts.push(
      `p95 at ${large} ≤ 1.3 × p95 at ${small}, ${page} page: ×${ratio.toFixed(2)} (${ratio <= 1.3 ? 'met' : 'NOT met'})`,
    );
  }
}
console.log(`\nTargets:\n  ${verdicts.join('\n  ')}`);
mkdirSync(join(root, 'tmp', 'bench'), { recursive: true });
writeFileSync(
  join(root, 'tmp', 'bench', 'feed.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      database: palier.embedded ? 'embedded' : 'server',
      seconds: SECONDS,
      connections: CONNECTIONS,
      rows,
      verdicts,
    },
    null,
    2,
  ),
);
console.log('Written: tmp/bench/feed.json');
process.exit(0);
