// Benchmark of activity registrations (issue 9): 100 concurrent registrations over HTTP on a
// session of 10 places: exactly 10 confirmed, 90 on the waiting list in the order they got in, no
// duplicate, no error; and the time until every request was answered.
// Run: npm run bench:registrations   (uses the embedded database unless DATABASE_URL is set)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dist, gql, quantile, require, residents, root, startPalier } from './palier-bench.mjs';

const { DateTime } = require('luxon');

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 100);
const PLACES = Number(process.env.BENCH_PLACES ?? 10);
const ZONE = 'Europe/Paris';

const REGISTER = `mutation($c: ID!, $i: RegistrationInput!) {
  registerForActivity(communityId: $c, input: $i) { registrations { id status waitingPosition } } }`;

async function sessionOfTenPlaces(app, communityId, accountId) {
  const { ActivitiesService } = dist('libs/server/activities/src/index.js');
  const activities = app.get(ActivitiesService);
  const [category] = await activities.categories(communityId);
  const activityId = await activities.save(
    communityId,
    null,
    {
      title: 'Banc essai inscriptions',
      categoryId: category.id,
      visibility: 'members',
      capacityMode: 'session',
    },
    accountId,
  );
  const sessionId = await activities.addSession(communityId, activityId, {
    date: DateTime.now().setZone(ZONE).plus({ days: 7 }).toISODate(),
    starts: '14:00',
    ends: '16:00',
    capacity: PLACES,
  });
  return { activityId, sessionId };
}

const palier = await startPalier();
const { app, url, db, communityId } = palier;
const [staff] = await db.query(
  `SELECT account_id FROM membership WHERE community_id = $1 AND role = 'admin' LIMIT 1`,
  [communityId],
);
const { activityId, sessionId } = await sessionOfTenPlaces(app, communityId, staff.account_id);
const cookies = await residents(app, db, communityId, ATTEMPTS);
const t0 = performance.now();
const answers = await Promise.all(
  cookies.map(async (cookie) => {
    const r = await gql(url, cookie, REGISTER, {
      c: communityId,
      i: { activityId, sessionId, includeSelf: true },
    });
    return { ...r, ms: performance.now() - t0 };
  }),
);
const settledMs = performance.now() - t0;
const statuses = answers.map((a) => a.body.data?.registerForActivity?.registrations[0]?.status);
const rows = await db.query(
  `SELECT status, participant_key FROM activity_registration WHERE session_id = $1
    ORDER BY queue_rank, requested_at`,
  [sessionId],
);
const waitingOrder = rows.filter((r) => r.status === 'waiting');
const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
const result = {
  attempts: ATTEMPTS,
  places: PLACES,
  confirmed: statuses.filter((s) => s === 'confirmed').length,
  waiting: statuses.filter((s) => s === 'waiting').length,
  graphqlErrors: answers.filter((a) => a.body.errors).length,
  http5xx: answers.filter((a) => a.status >= 500).length,
  rowsInDatabase: rows.length,
  distinctPeople: new Set(rows.map((r) => r.participant_key)).size,
  confirmedFirstInArrivalOrder: rows.slice(0, PLACES).every((r) => r.status === 'confirmed'),
  waitingPositions: answers
    .map((a) => a.body.data?.registerForActivity?.registrations[0]?.waitingPosition)
    .filter((p) => p != null)
    .sort((a, b) => a - b),
  settledMs: +settledMs.toFixed(1),
  p50Ms: +quantile(latencies, 0.5).toFixed(1),
  p95Ms: +quantile(latencies, 0.95).toFixed(1),
};
const positionsOk = result.waitingPositions.every((p, i) => p === i + 1);
const met =
  result.confirmed === PLACES &&
  result.waiting === ATTEMPTS - PLACES &&
  waitingOrder.length === ATTEMPTS - PLACES &&
  result.graphqlErrors === 0 &&
  result.http5xx === 0 &&
  result.rowsInDatabase === ATTEMPTS &&
  result.distinctPeople === ATTEMPTS &&
  result.confirmedFirstInArrivalOrder &&
  positionsOk;
await palier.stop();

console.log(
  `\nDatabase: ${palier.embedded ? 'embedded PostgreSQL (PGlite, one connection)' : 'PostgreSQL server'}`,
);
console.log(`\n${ATTEMPTS} concurrent registrations on a session of ${PLACES} places`);
console.log(
  ' confirmed | waiting | GraphQL errors | HTTP 5xx | rows | distinct | settled (ms) | p50 | p95',
);
console.log(
  ` ${String(result.confirmed).padStart(9)} | ${String(result.waiting).padStart(7)} | ${String(result.graphqlErrors).padStart(14)} | ${String(result.http5xx).padStart(8)} | ${String(result.rowsInDatabase).padStart(4)} | ${String(result.distinctPeople).padStart(8)} | ${String(result.settledMs).padStart(12)} | ${result.p50Ms} | ${result.p95Ms}`,
);
console.log(
  `Target: exactly ${PLACES} confirmed, ${ATTEMPTS - PLACES} waiting at positions 1…${ATTEMPTS - PLACES} in arrival order, no duplicate, no error → ${met ? 'met' : 'NOT met'}`,
);
mkdirSync(join(root, 'tmp', 'bench'), { recursive: true });
const { waitingPositions, ...summary } = result;
writeFileSync(
  join(root, 'tmp', 'bench', 'registrations.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      embedded: palier.embedded,
      ...summary,
      waitingPositionsContiguous: positionsOk && waitingPositions.length === ATTEMPTS - PLACES,
      met,
    },
    null,
    2,
  ),
);
console.log('Written: tmp/bench/registrations.json');
process.exit(met ? 0 : 1);
