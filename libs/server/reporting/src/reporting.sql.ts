/**
 * The dashboard's aggregation, one SQL statement (also run as the baseline of bench/reporting.mjs).
 * Parameters: $1 community id, $2 start and $3 end of the period (instants, [start, end)), $4 the
 * community's time zone. Every row has the same shape: `dim` (which breakdown), `key`, `people`
 * (distinct people behind the row, for the small-cells rule) and the counts `a`, `b`, `c`.
 *
 * Counting rules (written in the page too):
 * - an attendance (présence) is a mark "present" at a session that starts in the period;
 * - a participant is a distinct person (`participant_key`) with at least one attendance in the
 *   period; erased people keep a random key, so they still count, without identity;
 * - a person's age band is taken at their first attendance of the period (year − birth year),
 *   their area is the postal code copied on their latest attendance that has one, their gender
 *   the one they gave;
 * - a person is new when they have no attendance in this community before the period;
 * - an appointment is one not cancelled that starts in the period; its no-show rate is
 *   "did not come" / (came + did not come), over the appointments whose outcome was recorded.
 */
export const AGE_BANDS = [
  { key: '0-5', min: 0, max: 5, label: '0 à 5 ans' },
  { key: '6-11', min: 6, max: 11, label: '6 à 11 ans' },
  { key: '12-17', min: 12, max: 17, label: '12 à 17 ans' },
  { key: '18-25', min: 18, max: 25, label: '18 à 25 ans' },
  { key: '26-59', min: 26, max: 59, label: '26 à 59 ans' },
  { key: '60+', min: 60, max: 200, label: '60 ans et plus' },
] as const;

const ageBandCase = (age: string) =>
  `CASE ${AGE_BANDS.map((b) => `WHEN ${age} BETWEEN ${b.min} AND ${b.max} THEN '${b.key}'`).join(' ')} ELSE 'unknown' END`;

const ATTENDANCE = `
  sessions AS (
    SELECT s.id, s.activity_id, a.category_id, s.starts_at,
           to_char(s.starts_at AT TIME ZONE $4, 'YYYY-MM') AS month
      FROM activity_session s JOIN activity a ON a.id = s.activity_id
     WHERE s.community_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3),
  period AS MATERIALIZED (
    SELECT m.participant_key AS pk, s.activity_id, s.category_id, s.month, s.starts_at, m.birth_year,
           m.postal_code, m.participant_account_id AS account_id, m.participant_member_id AS member_id
      FROM sessions s
      JOIN activity_attendance m ON m.community_id = $1 AND m.session_id = s.id
     WHERE m.status = 'present'),
  -- The latest postcode: epoch seconds have 10 digits until 2286, so their text order is time order.
  people AS MATERIALIZED (
    SELECT pk, count(*) AS n, min(starts_at) AS first_at, max(birth_year) AS birth_year,
           (max(ARRAY[extract(epoch FROM starts_at)::bigint::text, postal_code]) FILTER (WHERE postal_code IS NOT NULL))[2] AS postal_code,
           max(account_id::text)::uuid AS account_id, max(member_id::text)::uuid AS member_id
      FROM period GROUP BY pk),
  earlier AS (
    SELECT DISTINCT m.participant_key AS pk
      FROM activity_session s
      JOIN activity_attendance m ON m.community_id = s.community_id AND m.session_id = s.id
     WHERE s.community_id = $1 AND s.starts_at < $2 AND m.status = 'present'),
  facts AS MATERIALIZED (
    SELECT p.pk, p.n,
           ${ageBandCase(`(extract(year FROM p.first_at AT TIME ZONE $4)::int - p.birth_year)`)} AS age_band,
           COALESCE(hm.gender, ha.gender, 'unknown') AS gender,
           COALESCE(p.postal_code, 'unknown') AS area,
           CASE WHEN e.pk IS NULL THEN 'new' ELSE 'returning' END AS newness
      FROM people p
      LEFT JOIN household_member hm ON hm.id = p.member_id
      LEFT JOIN household_member ha ON ha.account_id = p.account_id
      LEFT JOIN earlier e ON e.pk = p.pk)`;

/** A breakdown by a column of the marks: people counted once per value (pre-grouped by person). */
const byMarks = (dim: string, column: string) =>
  `SELECT '${dim}' AS dim, k::text AS key, count(*)::int AS people, sum(n)::int AS a, 0 AS b, 0 AS c
     FROM (SELECT ${column} AS k, pk, count(*) AS n FROM period GROUP BY 1, 2) x GROUP BY k`;

/** A breakdown by what is known of each person (age band, gender, area, new or returning). */
const byPerson = (dim: string, key: string) =>
  `SELECT '${dim}' AS dim, ${key} AS key, count(*)::int AS people, sum(n)::int AS a, 0 AS b, 0 AS c
     FROM facts GROUP BY 2`;

export const DASHBOARD_SQL = `
WITH ${ATTENDANCE}
${byMarks('month', 'month')}
UNION ALL ${byMarks('activity', 'activity_id')}
UNION ALL ${byMarks('category', 'category_id')}
UNION ALL ${byPerson('age', 'age_band')}
UNION ALL ${byPerson('gender', 'gender')}
UNION ALL ${byPerson('area', 'area')}
UNION ALL ${byPerson('newness', 'newness')}
UNION ALL SELECT 'participants', '', count(*)::int, COALESCE(sum(n), 0)::int, 0, 0 FROM people
UNION ALL
SELECT 'service', ap.service_id::text, count(DISTINCT ap.resident_account_id)::int, count(*)::int,
       (count(*) FILTER (WHERE ap.attendance = 'arrived'))::int, (count(*) FILTER (WHERE ap.attendance = 'no_show'))::int
  FROM appointment ap
 WHERE ap.community_id = $1 AND ap.status <> 'cancelled' AND ap.starts_at >= $2 AND ap.starts_at < $3
 GROUP BY ap.service_id
UNION ALL
SELECT 'life', 'members', count(*)::int, count(*)::int, 0, 0 FROM membership
 WHERE community_id = $1 AND status = 'active' AND COALESCE(decided_at, requested_at) < $3
UNION ALL
SELECT 'life', 'newMembers', count(*)::int, count(*)::int, 0, 0 FROM membership
 WHERE community_id = $1 AND status = 'active' AND decided_at >= $2 AND decided_at < $3
UNION ALL
SELECT 'life', 'posts', count(DISTINCT author_account_id)::int, count(*)::int, 0, 0 FROM feed_post
 WHERE community_id = $1 AND created_at >= $2 AND created_at < $3
UNION ALL
SELECT 'life', 'comments', count(DISTINCT author_account_id)::int, count(*)::int, 0, 0 FROM feed_comment
 WHERE community_id = $1 AND created_at >= $2 AND created_at < $3`;

/** Names of what the rows point to (activities, categories, services) in the community. */
export const LABELS_SQL = `
SELECT 'activity' AS kind, id::text AS id, title AS label FROM activity WHERE community_id = $1
UNION ALL SELECT 'category', id::text, name FROM activity_category WHERE community_id = $1
UNION ALL SELECT 'service', id::text, name FROM booking_service WHERE community_id = $1`;

export interface DashboardRow {
  dim: string;
  key: string;
  people: number;
  a: number;
  b: number;
  c: number;
}
