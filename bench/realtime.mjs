// Benchmark of real-time delivery (issue "Real time and notifications"): N sockets following one
// community receive a domain event ("news.published") through Palier's gateway, compared in the
// same run with a bare socket.io broadcast of the same payload to N sockets.
// Run: npm run bench:realtime   (uses the embedded database unless DATABASE_URL is set)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const { Server } = require('socket.io');
const { io } = require('socket.io-client');

const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const PAYLOAD = {
  communityId: '00000000-0000-4000-8000-000000000001',
  newsId: '00000000-0000-4000-8000-000000000002',
  title: 'Fête de quartier samedi 13 juin',
};

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function connectAll(url, n, onConnect) {
  const sockets = [];
  for (let i = 0; i < n; i += 50) {
    const batch = Array.from({ length: Math.min(50, n - i) }, () =>
      io(url, {
        path: '/socket.io',
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      }),
    );
    await Promise.all(
      batch.map(
        (s) =>
          new Promise((resolve, reject) => {
            s.once('connect', () => onConnect(s).then(resolve, reject));
            s.once('connect_error', reject);
          }),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/** Rounds of one emit each; returns every delivery latency (ms) and whether all arrived. */
async function measure(sockets, emit) {
  const latencies = [];
  let complete = true;
  for (let round = 0; round < ROUNDS; round++) {
    let received = 0;
    let t0 = 0;
    const done = new Promise((resolve) => {
      for (const s of sockets) {
        s.once('community:news', () => {
          latencies.push(performance.now() - t0);
          if (++received === sockets.length) resolve();
        });
      }
    });
    t0 = performance.now();
    await emit();
    const timedOut = await Promise.race([done.then(() => false), sleep(10_000).then(() => true)]);
    if (timedOut) {
      complete = false;
      sockets.forEach((s) => s.off('community:news'));
    }
    await sleep(20);
  }
  return { latencies: latencies.sort((a, b) => a - b), complete };
}

async function bare(n) {
  const http = createServer();
  const server = new Server(http, { path: '/socket.io', serveClient: false });
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${http.address().port}`;
  const sockets = await connectAll(url, n, async () => undefined);
  const result = await measure(sockets, async () => server.emit('community:news', PAYLOAD));
  sockets.forEach((s) => s.disconnect());
  await new Promise((r) => server.close(r));
  return result;
}

async function palier(app, communityId, n) {
  const url = await app.getUrl();
  const { DomainEvents } = require(join(root, 'dist/api/libs/server/core/src/index.js'));
  const events = app.get(DomainEvents);
  const sockets = await connectAll(
    url.replace('[::1]', '127.0.0.1'),
    n,
    (s) =>
      new Promise((resolve, reject) =>
        s.emit('community:follow', communityId, (ack) =>
          ack.ok ? resolve() : reject(new Error(JSON.stringify(ack))),
        ),
      ),
  );
  const result = await measure(sockets, () =>
    events.publish([{ type: 'news.published', payload: { ...PAYLOAD, communityId } }]),
  );
  sockets.forEach((s) => s.disconnect());
  return result;
}

async function startPalier() {
  const dataDir = mkdtempSync(join(tmpdir(), 'palier-bench-'));
  process.env.DATA_DIR = dataDir;
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
  const { CommunityService } = require(join(root, 'dist/api/libs/server/community/src/index.js'));
  const community = await app.get(CommunityService).getBySlug('la-passerelle');
  return {
    app,
    communityId: community.id,
    stop: async () => {
      await app.close();
      await endpoint.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const { app, communityId, stop } = await startPalier();
const rows = [];
for (const n of SIZES) {
  const base = await bare(n);
  const ours = await palier(app, communityId, n);
  const row = { n, rounds: ROUNDS };
  for (const [name, r] of [
    ['bare', base],
    ['palier', ours],
  ]) {
    row[`${name}_p50`] = +quantile(r.latencies, 0.5).toFixed(2);
    row[`${name}_p95`] = +quantile(r.latencies, 0.95).toFixed(2);
    row[`${name}_max`] = +r.latencies.at(-1).toFixed(2);
    row[`${name}_complete`] = r.complete && r.latencies.length === n * ROUNDS;
  }
  row.p95_ratio = +(row.palier_p95 / row.bare_p95).toFixed(2);
  rows.push(row);
}
await stop();

console.log(
  '\nReal-time delivery latency, ms (all deliveries of all rounds; same process, same run)\n',
);
console.log(
  '     N | bare p50 | bare p95 | bare max | palier p50 | palier p95 | palier max | p95 ratio | all delivered',
);
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(6)} | ${String(r.bare_p50).padStart(8)} | ${String(r.bare_p95).padStart(8)} | ${String(r.bare_max).padStart(8)} | ${String(r.palier_p50).padStart(10)} | ${String(r.palier_p95).padStart(10)} | ${String(r.palier_max).padStart(10)} | ${String(r.p95_ratio).padStart(9)} | ${r.bare_complete && r.palier_complete}`,
  );
}
const at500 = rows.find((r) => r.n === 500);
if (at500)
  console.log(
    `\nTarget: palier p95 ≤ 1.5 × bare p95 at N = 500 → ratio ${at500.p95_ratio} (${at500.p95_ratio <= 1.5 ? 'met' : 'NOT met'})`,
  );
mkdirSync(join(root, 'tmp', 'bench'), { recursive: true });
writeFileSync(
  join(root, 'tmp', 'bench', 'realtime.json'),
  JSON.stringify(
    { date: new Date().toISOString(), node: process.version, rounds: ROUNDS, rows },
    null,
    2,
  ),
);
console.log('Written: tmp/bench/realtime.json');
process.exit(0);
