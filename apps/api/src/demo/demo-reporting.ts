import type { DataSource } from 'typeorm';

/**
 * A year of La Passerelle's past attendance, so that the staff's report has something to show: one
 * session a month of each demo activity from 12 to 2 months ago, each with 6 to 16 people out of
 * 150 neighbours who came over the year (age and postcode kept, no identity: what is left of
 * attendance once the retention period has made it anonymous). Runs once.
 */
export async function ensureDemoReportingHistory(db: DataSource): Promise<void> {
  const [community] = await db.query(
    `SELECT c.id FROM community c WHERE c.slug = 'la-passerelle'
        AND EXISTS (SELECT 1 FROM activity a WHERE a.community_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM activity_attendance m WHERE m.community_id = c.id
              AND m.participant_key IN (SELECT md5('palier-demo-neighbour-' || i)::uuid FROM generate_series(0, 149) i))`,
  );
  if (!community) return;
  await db.query(
    `WITH acts AS (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n
                     FROM activity WHERE community_id = $1),
          sessions AS (
            INSERT INTO activity_session (community_id, activity_id, starts_at, ends_at)
            SELECT $1, a.id, x.t, x.t + interval '2 hours'
              FROM acts a CROSS JOIN generate_series(2, 12) mo
              CROSS JOIN LATERAL (SELECT (date_trunc('month', now() AT TIME ZONE 'Europe/Paris')
                     - make_interval(months => mo) + make_interval(days => (a.n % 20)::int, hours => 14))
                     AT TIME ZONE 'Europe/Paris' AS t) x
            ON CONFLICT DO NOTHING
            RETURNING id, activity_id, starts_at)
     INSERT INTO activity_attendance (community_id, activity_id, session_id, participant_key, status, birth_year,
        postal_code, marked_at, received_at)
     SELECT $1, s.activity_id, s.id, md5('palier-demo-neighbour-' || q.p)::uuid,
            CASE WHEN (k + q.p) % 9 = 8 THEN 'absent' ELSE 'present' END,
            1945 + (q.p * 37) % 75, (ARRAY['93420', '93420', '93290', '93600', '93270'])[1 + q.p % 5],
            s.starts_at, s.starts_at
       FROM sessions s
       CROSS JOIN LATERAL generate_series(0, 5 + abs(hashtext(s.id::text)) % 11) k
       CROSS JOIN LATERAL (SELECT (abs(hashtext(s.activity_id::text)) % 150 + k * 7) % 150 AS p) q`,
    [community.id],
  );
}
