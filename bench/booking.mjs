// Benchmark of appointments (issue 8):
//  (a) 200 concurrent attempts on one slot of a one-resource service: exactly 1 booked, 199 clear
//      refusals ("ce créneau vient d'être pris"), no error 500, and the time until all answered;
//  (b) the slots query of a service with 5 resources and 2,000 existing bookings, over 1 week and
//      over 8 weeks, against a trivial GraphQL query measured in the same run.
// Run: npm run bench:booking   (uses the embedded database unless DATABASE_URL is set)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dist, gql, quantile, require, residents, root, startPalier } from './palier-bench.mjs';

const { DateTime } = require('luxon');

const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 200);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 2000);
const ZONE = 'Europe/Paris';

async function saveService(app, communityId, name, resources) {
  const { CatalogueService } = dist('libs/server/booking/src/index.js');
  const catalogue = app.get(CatalogueService);
  const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    starts: '08:00',
    ends: '20:00',
  }));
  const ids = [];
  for (let i = 0; i < resources; i++)
    ids.push(
      await catalogue.saveResource(communityId, null, {
        name: `${name} ${i + 1}`,
        kind: 'room',
        rules,
      }),
    );
  const service = await catalogue.saveService(communityId, null, {
    name,
    durationMinutes: 30,
    maxHorizonDays: 70,
    minNoticeMinutes: 0,
    resourceIds: ids,
  });
  return { id: service.id, resourceIds: ids };
}

const BOOK = `mutation($c: ID!, $i: BookAppointmentInput!) {
  bookAppointment(communityId: $c, input: $i) { appointment { id } slotTaken { message nextSlots { startsAt } } } }`;
const SLOTS = `query($c: ID!, $s: ID!, $from: String!, $to: String!) {
  bookingSlots(communityId: $c, serviceId: $s, from: $from, to: $to) { slots { startsAt } } }`;

async function concurrentAttempts({ app, url, db, communityId }) {
  const service = await saveService(app, communityId, 'Banc essai un créneau', 1);
  const cookies = await residents(app, db, communityId, ATTEMPTS);
  const day = DateTime.now().setZone(ZONE).plus({ days: 3 }).toISODate();
  const startsAt = DateTime.fromISO(`${day}T10:00`, { zone: ZONE }).toUTC().toISO();
  const t0 = performance.now();
  const answers = await Promise.all(
    cookies.map(async (cookie) => {
      const r = await gql(url, cookie, BOOK, {
        c: communityId,
        i: { serviceId: service.id, startsAt },
      });
      return { ...r, ms: performance.now() - t0 };
    }),
  );
  const total = performance.now() - t0;
  const booked = answers.filter((a) => a.body.data?.bookAppointment?.appointment).length;
  const refused = answers.filter(
    (a) =>
      a.body.data?.bookAppointment?.slotTaken?.message ===
        'Ce créneau vient d’être pris, voici les suivants.' &&
      a.body.data.bookAppointment.slotTaken.nextSlots.length > 0,
  ).length;
  const [{ n: inDatabase }] = await db.query(
    `SELECT count(*)::int AS n FROM appointment WHERE service_id = $1 AND status <> 'cancelled'`,
    [service.id],
  );
  const latencies = answers.map((a) => a.ms).sort((a, b) => a - b);
  return {
    attempts: ATTEMPTS,
    booked,
    refusedWithNextSlots: refused,
    graphqlErrors: answers.filter((a) => a.body.errors).length,
    http500: answers.filter((a) => a.status >= 500).length,
    appointmentsInDatabase: inDatabase,
    allAnsweredMs: +total.toFixed(1),
    p50Ms: +quantile(latencies, 0.5).toFixed(1),
    p95Ms: +quantile(latencies, 0.95).toFixed(1),
  };
}

/** Fills the 8 weeks of the service with bookings spread over its 5 resources (no overlap). */
async function fill(db, communityId, service, count) {
  const [resident] = await db.query(
    `SELECT account_id FROM membership WHERE community_id = $1 AND role = 'resident' LIMIT 1`,
    [communityId],
  );
  const today = DateTime.now().setZone(ZONE).startOf('day');
  const cells = [];
  for (let d = 1; d <= 56; d++)
    for (let h = 0; h < 24; h++)
      for (const resourceId of service.resourceIds) cells.push({ d, h, resourceId });
  for (let i = cells.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [cells[i], cells[j]] = [cells[j], cells[i]];
  }
  for (const { d, h, resourceId } of cells.slice(0, count)) {
    const starts = today
      .plus({ days: d })
      .set({ hour: 8, minute: 0 })
      .plus({ minutes: 30 * h });
    const s = starts.toJSDate();
    const e = starts.plus({ minutes: 30 }).toJSDate();
    await db.query(
      `INSERT INTO appointment (community_id, service_id, resource_id, resident_account_id, starts_at, ends_at, blocked, status, code)
       VALUES ($1, $2, $3, $4, $5, $6, tstzrange($5, $6), 'confirmed', 'BENCH0')`,
      [communityId, service.id, resourceId, resident.account_id, s, e],
    );
  }
}

/** REQUESTS requests, CONCURRENCY at a time: every latency, sorted. */
async function measure(run) {
  const latencies = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t0 = performance.now();
        const r = await run();
        if (r.status !== 200 || r.body.errors)
          throw new Error(JSON.stringify(r.body.errors ?? r.status));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

async function slotQueries({ app, url, db, communityId }) {
  const service = await saveService(app, communityId, 'Banc essai cinq ressources', 5);
  await fill(db, communityId, service, BOOKINGS);
  const [cookie] = await residents(app, db, communityId, 1);
  const from = DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate();
  const to = (weeks) =>
    DateTime.fromISO(from)
      .plus({ days: 7 * weeks - 1 })
      .toISODate();
  const cases = [
    ['trivial query { __typename }', () => gql(url, cookie, '{ __typename }')],
    [
      'slots, 1 week',
      () => gql(url, cookie, SLOTS, { c: communityId, s: service.id, from, to: to(1) }),
    ],
    [
      'slots, 8 weeks',
      () => gql(url, cookie, SLOTS, { c: communityId, s: service.id, from, to: to(8) }),
    ],
  ];
  const rows = [];
  for (const [name, run] of cases) {
    for (let i = 0; i < 10; i++) await run(); // warm-up
    const l = await measure(run);
    const sample = await run();
    rows.push({
      name,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      p50Ms: +quantile(l, 0.5).toFixed(2),
      p95Ms: +quantile(l, 0.95).toFixed(2),
      maxMs: +l.at(-1).toFixed(2),
      slots: sample.body.data?.bookingSlots?.slots.length ?? null,
    });
  }
  const [trivial, week, eight] = rows;
  return {
    bookings: BOOKINGS,
    resources: 5,
    rows,
    ratio8to1: +(eight.p95Ms / week.p95Ms).toFixed(2),
    targetMet: eight.p95Ms <= 3 * week.p95Ms,
    weekOverTrivial: +(week.p95Ms / trivial.p95Ms).toFixed(2),
  };
}

const palier = await startPalier();
const a = await concurrentAttempts(palier);
const b = await slotQueries(palier);
await palier.stop();

console.log(
  `\nDatabase: ${palier.embedded ? 'embedded PostgreSQL (PGlite, one connection)' : 'PostgreSQL server'}`,
);
console.log(`\n(a) ${a.attempts} concurrent attempts on one slot`);
console.log(
  ' booked | refused with next slots | GraphQL errors | HTTP 5xx | rows in DB | all answered (ms) | p50 | p95',
);
console.log(
  ` ${String(a.booked).padStart(6)} | ${String(a.refusedWithNextSlots).padStart(23)} | ${String(a.graphqlErrors).padStart(14)} | ${String(a.http500).padStart(8)} | ${String(a.appointmentsInDatabase).padStart(10)} | ${String(a.allAnsweredMs).padStart(17)} | ${a.p50Ms} | ${a.p95Ms}`,
);
console.log(
  `Target: exactly 1 booked, ${a.attempts - 1} clear refusals, no 500 → ${a.booked === 1 && a.refusedWithNextSlots === a.attempts - 1 && a.http500 === 0 && a.appointmentsInDatabase === 1 ? 'met' : 'NOT met'}`,
);
console.log(
  `\n(b) slots of a service with ${b.resources} resources and ${b.bookings} bookings (${REQUESTS} requests, ${CONCURRENCY} at a time)`,
);
console.log(' query                          |  p50 ms |  p95 ms |  max ms | slots');
for (const r of b.rows)
  console.log(
    ` ${r.name.padEnd(30)} | ${String(r.p50Ms).padStart(7)} | ${String(r.p95Ms).padStart(7)} | ${String(r.maxMs).padStart(7)} | ${r.slots ?? ''}`,
  );
console.log(
  `Target: p95(8 weeks) ≤ 3 × p95(1 week) → ratio ${b.ratio8to1} (${b.targetMet ? 'met' : 'NOT met'}); 1 week = ${b.weekOverTrivial} × the trivial query`,
);
mkdirSync(join(root, 'tmp', 'bench'), { recursive: true });
writeFileSync(
  join(root, 'tmp', 'bench', 'booking.json'),
  JSON.stringify(
    { date: new Date().toISOString(), node: process.version, embedded: palier.embedded, a, b },
    null,
    2,
  ),
);
console.log('Written: tmp/bench/booking.json');
process.exit(0);
