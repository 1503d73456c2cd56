import { randomUUID } from 'node:crypto';
import { createAccount, type TestCommunity } from '../factories';
import type { TestApp } from '../test-app';

/**
 * A centre with known figures for January–February 2026 (Paris time), inserted in SQL:
 * - "Cuisine": a session in December 2025 (P1–P5), on 1 January at 00:30 (P11), 15 January
 *   (P1–P10), 12 February (P1–P6 present, P7 absent);
 * - "Jardin": 25 February (P1–P5); "Devoirs": 20 February (P12, P13), 1 March at 00:30 (P14).
 * So the period has 13 participants and 24 attendances; P1–P5 came before it.
 * P1–P6 are children of one household (P1–P5 gave "female", P6 "male"); the others are walk-ins.
 */
export const JAN_FEB = { from: '2026-01-01', to: '2026-02-28' };

export const DASHBOARD = `query($c: ID!, $from: String!, $to: String!) {
  reportingDashboard(communityId: $c, from: $from, to: $to) {
    from to timeZone smallGroup
    tables { key title heading chartColumn columns { key label }
      rows { key label state values } total { key label state values } }
  }
}`;

export type Row = { key: string; label: string; state: string; values: (number | null)[] };
export type Dashboard = {
  reportingDashboard: {
    from: string;
    to: string;
    tables: { key: string; columns: { key: string }[]; rows: Row[]; total: Row | null }[];
  };
};

export async function seedCentre(t: TestApp, community: TestCommunity) {
  const c = community.id;
  const [category] = await t.query<{ id: string }>(
    `INSERT INTO activity_category (community_id, name) VALUES ($1, 'Famille') RETURNING id`,
    [c],
  );
  const activity = async (title: string) =>
    (
      await t.query<{ id: string }>(
        `INSERT INTO activity (community_id, category_id, title) VALUES ($1, $2, $3) RETURNING id`,
        [c, category.id, title],
      )
    )[0].id;
  const cuisine = await activity('Cuisine');
  const jardin = await activity('Jardin');
  const devoirs = await activity('Devoirs');
  const session = async (activityId: string, localStart: string) =>
    (
      await t.query<{ id: string }>(
        `INSERT INTO activity_session (community_id, activity_id, starts_at, ends_at)
         VALUES ($1, $2, ($3::timestamp AT TIME ZONE 'Europe/Paris'), ($3::timestamp AT TIME ZONE 'Europe/Paris') + interval '2 hours')
         RETURNING id`,
        [c, activityId, localStart],
      )
    )[0].id;

  const parent = await createAccount(t, { displayName: 'Parent Reporting' });
  const [household] = await t.query<{ id: string }>(
    `INSERT INTO household (name, postal_code) VALUES ('Foyer Rapport', '93000') RETURNING id`,
  );
  await t.query(
    `INSERT INTO household_member (household_id, kind, account_id) VALUES ($1, 'adult', $2)`,
    [household.id, parent.id],
  );
  const people: string[] = Array.from({ length: 14 }, () => randomUUID());
  const memberOf = new Map<number, string>();
  for (let i = 0; i < 6; i++) {
    const [m] = await t.query<{ id: string }>(
      `INSERT INTO household_member (household_id, kind, first_name, birth_year, gender)
       VALUES ($1, 'child', $2, 2016, $3) RETURNING id`,
      [household.id, `Enfant ${i + 1}`, i < 5 ? 'female' : 'male'],
    );
    memberOf.set(i, m.id);
    people[i] = m.id;
  }
  // P1–P5 born 2016 (6–11), P6–P10 1990 (26–59), P11 unknown, P12–P14 1950 (60+).
  const birthYear = (i: number) => (i < 5 ? 2016 : i < 10 ? 1990 : i === 10 ? null : 1950);
  const mark = async (sessionId: string, activityId: string, i: number, status = 'present') =>
    t.query(
      `INSERT INTO activity_attendance (community_id, activity_id, session_id, participant_key, participant_member_id,
          walk_in, walk_in_name, status, birth_year, postal_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        c,
        activityId,
        sessionId,
        people[i],
        memberOf.get(i) ?? null,
        !memberOf.has(i),
        memberOf.has(i) ? null : `Passage ${i + 1}`,
        status,
        birthYear(i),
        i < 8 ? '93000' : '93100',
      ],
    );
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => from + k - 1);
  const dec = await session(cuisine, '2025-12-10 14:00');
  for (const i of range(1, 5)) await mark(dec, cuisine, i);
  const newYear = await session(cuisine, '2026-01-01 00:30');
  await mark(newYear, cuisine, 10);
  const jan = await session(cuisine, '2026-01-15 14:00');
  for (const i of range(1, 10)) await mark(jan, cuisine, i);
  const feb = await session(cuisine, '2026-02-12 14:00');
  for (const i of range(1, 6)) await mark(feb, cuisine, i);
  await mark(feb, cuisine, 6, 'absent');
  const garden = await session(jardin, '2026-02-25 10:00');
  for (const i of range(1, 5)) await mark(garden, jardin, i);
  const homework = await session(devoirs, '2026-02-20 17:00');
  for (const i of range(12, 13)) await mark(homework, devoirs, i);
  const march = await session(devoirs, '2026-03-01 00:30');
  await mark(march, devoirs, 13);
  return { parent, people };
}

/** Appointments of one service in January 2026: 6 residents, 4 came, 2 did not, 1 cancelled. */
export async function seedAppointments(t: TestApp, community: TestCommunity) {
  const c = community.id;
  const [resource] = await t.query<{ id: string }>(
    `INSERT INTO booking_resource (community_id, name, kind) VALUES ($1, 'Bureau 1', 'room') RETURNING id`,
    [c],
  );
  const [service] = await t.query<{ id: string }>(
    `INSERT INTO booking_service (community_id, name, duration_minutes) VALUES ($1, 'Écrivain public', 30) RETURNING id`,
    [c],
  );
  const outcomes = ['arrived', 'arrived', 'arrived', 'arrived', 'no_show', 'no_show', null];
  for (const [i, outcome] of outcomes.entries()) {
    const resident = await createAccount(t);
    await t.query(
      `INSERT INTO appointment (community_id, service_id, resource_id, resident_account_id, starts_at, ends_at, blocked, status, attendance, code)
       SELECT $1, $2, $3, $4, s, s + interval '30 minutes', tstzrange(s, s + interval '30 minutes'), $5, $6, $7
         FROM (SELECT ('2026-01-20 09:00'::timestamp AT TIME ZONE 'Europe/Paris') + make_interval(hours => $8) AS s) x`,
      [
        c,
        service.id,
        resource.id,
        resident.id,
        outcome ? 'confirmed' : 'cancelled',
        outcome,
        `RDV${i}`,
        i,
      ],
    );
  }
}
