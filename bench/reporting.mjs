// Benchmark of the reporting dashboard (issue 9): a centre with 2,000 households, 300 activities
// and 100,000 attendance marks over a year (made in SQL), plus a year of appointments; the
// dashboard over that year through GraphQL over HTTP by a logged-in staff member, against the same
// aggregation run as one SQL statement through `pg`, interleaved in the same run (p50, p95, ratio).
// Run: npm run bench:reporting   (embedded database unless DATABASE_URL is set; BENCH_ROUNDS,
// BENCH_MARKS to change the defaults)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dist, gql, quantile, require, residents, root, startPalier } from './palier-bench.mjs';

const { Pool } = require('pg');
const { DateTime } = require('luxon');

const HOUSEHOLDS = 2000;
const ACTIVITIES = 300;
const SESSIONS_EACH = 20;
const MARKS = Number(process.env.BENCH_MARKS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const ZONE = 'Europe/Paris';

const DASHBOARD = `query($c: ID!, $from: String!, $to: String!) {
  reportingDashboard(communityId: $c, from: $from, to: $to) {
    from to tables { key chartColumn columns { key label } rows { key label state values }
      total { key label state values } } } }`;

async function makeCentre(db, communityId) {
  const t0 = performance.now();
  await db.query(
    `WITH h AS (
       INSERT INTO household (name, postal_code)
       SELECT 'Foyer banc ' || i, (ARRAY['93420', '93290', '93600', '93270', '93000', NULL])[1 + i % 6]
         FROM generate_series(1, $1::int) i RETURNING id)
     INSERT INTO household_member (household_id, kind, first_name, birth_year, gender)
     SELECT h.id, 'child', 'Enfant ' || k, 1945 + abs(hashtext(h.id::text || k)) % 78,
            (ARRAY['female', 'male', 'other', NULL, NULL])[1 + abs(hashtext(k || h.id::text)) % 5]
       FROM h CROSS JOIN generate_series(1, 2) k`,
    [HOUSEHOLDS],
  );
  const categories = (
    await db.query(`SELECT id FROM activity_category WHERE community_id = $1`, [communityId])
  ).map((c) => c.id);
  await db.query(
    `INSERT INTO activity (community_id, category_id, title)
     SELECT $1, ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], 'Activité banc ' || i
       FROM generate_series(1, $3::int) i`,
    [communityId, categories, ACTIVITIES],
  );
  // Sessions spread over the past year, 14:00 Paris time.
  await db.query(
    `INSERT INTO activity_session (community_id, activity_id, starts_at, ends_at)
     SELECT $1, a.id, d + interval '14 hours', d + interval '16 hours'
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM activity
              WHERE community_id = $1 AND title LIKE 'Activité banc %') a
       CROSS JOIN generate_series(0, $2::int - 1) s
       CROSS JOIN LATERAL (SELECT (date_trunc('day', now() AT TIME ZONE 'Europe/Paris')
              - make_interval(days => (1 + (a.n * 7 + s * 18) % 360)::int)) AT TIME ZONE 'Europe/Paris' AS d) x`,
    [communityId, SESSIONS_EACH],
  );
  // The demo's own marks count towards the total.
  const [{ have }] = await db.query(
    `SELECT count(*)::int AS have FROM activity_attendance WHERE community_id = $1`,
    [communityId],
  );
  await db.query(
    `WITH s AS (SELECT s.id, s.activity_id, row_number() OVER (ORDER BY s.id) AS n
                  FROM activity_session s JOIN activity a ON a.id = s.activity_id
                 WHERE a.community_id = $1 AND a.title LIKE 'Activité banc %'),
          m AS (SELECT hm.id, hm.birth_year, h.postal_code, row_number() OVER (ORDER BY hm.id) - 1 AS n
                  FROM household_member hm JOIN household h ON h.id = hm.household_id
                 WHERE h.name LIKE 'Foyer banc %'),
          c AS (SELECT count(*) AS n FROM m)
     INSERT INTO activity_attendance (community_id, activity_id, session_id, participant_key, participant_member_id,
        status, birth_year, postal_code)
     SELECT $1, s.activity_id, s.id, m.id, m.id, CASE WHEN (s.n + k) % 9 = 0 THEN 'absent' ELSE 'present' END,
            m.birth_year, m.postal_code
       FROM s CROSS JOIN generate_series(0, 16) k CROSS JOIN c
       JOIN m ON m.n = (s.n * 17 + k * 131) % c.n
      LIMIT $2`,
    [communityId, Math.max(0, MARKS - have)],
  );
  // A year of appointments on the demo's first service, one an hour back in time.
  const [service] = await db.query(
    `SELECT s.id AS service_id, r.resource_id FROM booking_service s
       JOIN booking_service_resource r ON r.service_id = s.id WHERE s.community_id = $1 LIMIT 1`,
    [communityId],
  );
  if (service)
    await db.query(
      `INSERT INTO appointment (community_id, service_id, resource_id, starts_at, ends_at, blocked, status, attendance, code)
       SELECT $1, $2, $3, t, t + interval '30 minutes', tstzrange(t, t + interval '30 minutes'), 'confirmed',
              (ARRAY['arrived', 'arrived', 'arrived', 'no_show', NULL])[1 + i % 5], 'B' || i
         FROM generate_series(1, 3000) i
         CROSS JOIN LATERAL (SELECT date_trunc('hour', now()) - make_interval(hours => 30 + i * 2) AS t) x`,
      [communityId, service.service_id, service.resource_id],
    );
  await db.query('ANALYZE');
  const [{ marks }] = await db.query(
    `SELECT count(*)::int AS marks FROM activity_attendance WHERE community_id = $1`,
    [communityId],
  );
  console.log(
    `  ${HOUSEHOLDS} households, ${ACTIVITIES} activities, ${marks.toLocaleString('en')} attendance marks ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return marks;
}

const palier = await startPalier();
const { app, url, db, communityId } = palier;
console.log(
  `Reporting benchmark: ${palier.embedded ? 'embedded PostgreSQL (PGlite, one connection)' : 'PostgreSQL server'}, ${ROUNDS} rounds`,
);
const marks = await makeCentre(db, communityId);
const [cookie] = await residents(app, db, communityId, 1);
await db.query(
  `UPDATE membership SET role = 'staff' WHERE community_id = $1 AND account_id =
     (SELECT account_id FROM membership m JOIN account a ON a.id = m.account_id
       WHERE m.community_id = $1 AND a.email LIKE 'bench-%' ORDER BY a.created_at DESC LIMIT 1)`,
  [communityId],
);

const today = DateTime.now().setZone(ZONE);
const period = { from: today.minus({ days: 364 }).toISODate(), to: today.toISODate() };
const { DASHBOARD_SQL } = dist('libs/server/reporting/src/reporting.sql.js');
const start = DateTime.fromISO(period.from, { zone: ZONE }).toJSDate();
const end = DateTime.fromISO(period.to, { zone: ZONE }).plus({ days: 1 }).toJSDate();
const pool = process.env.DATABASE_URL
  ? new Pool({ connectionString: process.env.DATABASE_URL, max: 1 })
  : db.driver.master;

const timed = async (run) => {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
};
const viaGraphql = async () => {
  const r = await gql(url, cookie, DASHBOARD, { c: communityId, ...period });
  if (r.status !== 200 || r.body.errors) throw new Error(JSON.stringify(r.body.errors ?? r.status));
  return r.body.data.reportingDashboard;
};
const viaSql = () => pool.query(DASHBOARD_SQL, [communityId, start, end, ZONE]);

// Warm-up (JIT, plans, caches): not measured.
for (let i = 0; i < 3; i++) {
  await viaGraphql();
  await viaSql();
}
const dashboard = await viaGraphql();
const total = dashboard.tables.find((t) => t.key === 'months').total.values;
const graphqlMs = [];
const sqlMs = [];
// Interleaved, so that the noise of a shared machine falls on both alike.
for (let i = 0; i < ROUNDS; i++) {
  graphqlMs.push(await timed(viaGraphql));
  sqlMs.push(await timed(viaSql));
}
graphqlMs.sort((a, b) => a - b);
sqlMs.sort((a, b) => a - b);
if (process.env.DATABASE_URL) await pool.end();
await palier.stop();

const row = (name, ms) => ({
  name,
  runs: ms.length,
  p50: +quantile(ms, 0.5).toFixed(1),
  p95: +quantile(ms, 0.95).toFixed(1),
});
const rows = [
  row('dashboard, GraphQL over HTTP (staff)', graphqlMs),
  row('same aggregation, one SQL query (pg)', sqlMs),
];
const ratio = +(rows[0].p95 / rows[1].p95).toFixed(2);
console.log(
  `\nPeriod ${period.from} → ${period.to}: ${total[0]} participants, ${total[1]} attendances (of ${marks} marks)`,
);
console.log('\n query                                 | runs | p50 ms | p95 ms');
for (const r of rows)
  console.log(
    ` ${r.name.padEnd(37)} | ${String(r.runs).padStart(4)} | ${String(r.p50).padStart(6)} | ${String(r.p95).padStart(6)}`,
  );
const met = ratio <= 2;
console.log(`\nTarget: GraphQL p95 ≤ 2 × SQL p95: ×${ratio} (${met ? 'met' : 'NOT met'})`);
mkdirSync(join(root, 'tmp', 'bench'), { recursive: true });
writeFileSync(
  join(root, 'tmp', 'bench', 'reporting.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      database: palier.embedded ? 'embedded' : 'server',
      households: HOUSEHOLDS,
      activities: ACTIVITIES,
      marks,
      period,
      participants: total[0],
      attendances: total[1],
      rows,
      ratio,
      met,
    },
    null,
    2,
  ),
);
console.log('Written: tmp/bench/reporting.json');
process.exit(met ? 0 : 1);
