import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activities and their registrations (issue 9).
 *
 * - `activity_category`: the community's own list of categories (famille, jeunesse, seniors…).
 * - `activity`: what the centre offers, with its age range, price note, who may see it, how its
 *   capacity counts (`capacity_mode`: per session, or one capacity for the whole series) and the
 *   rules of its waiting list (hours to confirm a freed place) and of cancelling (cut-off).
 * - `activity_series`: a weekly recurrence (weekday, local times in the community's zone, first and
 *   last date, dates skipped). Its sessions are materialised in `activity_session`.
 * - `activity_session`: one dated occurrence (UTC instants), with its own capacity when the
 *   activity counts per session. A cancelled session keeps its row (`cancelled_at`).
 * - `activity_registration`: one person (an account, or a household member such as a child) for one
 *   session (`session_id`) or for the whole series (`session_id` null, when the activity counts per
 *   series). `status` confirmed / waiting / offered / cancelled; the waiting list is ordered by
 *   `queue_rank` (taken from a sequence at arrival; staff moves change it, see the events), then
 *   `requested_at`. People registered together share `group_id`.
 *   Capacity is enforced by locking the capacity row (`activity_session` or `activity`) FOR UPDATE
 *   before counting `confirmed` + `offered`; one active registration per person per target is a
 *   unique index.
 * - `activity_registration_event`: the history of each registration (registered, offered,
 *   confirmed, cancelled, moved with the staff's reason…).
 * - `activity_attendance`: one mark per person per session (present / absent / excused), for the
 *   registered and for walk-ins. `participant_key` identifies the person within marks (the account
 *   id or household member id; a fresh random id for an anonymous walk-in, and replaced by a fresh
 *   random id when the person is erased, so distinct participants still count without identity).
 *   `birth_year` and `postal_code` are copied at marking time so reporting can count by age band and
 *   area after erasure. `client_mark_id` makes offline marks idempotent.
 */
export class Activities1763960000000 implements MigrationInterface {
  name = 'Activities1763960000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activity_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT activity_category_name CHECK (length(name) BETWEEN 1 AND 40),
        position integer NOT NULL DEFAULT 0,
        CONSTRAINT activity_category_unique UNIQUE (community_id, name),
        UNIQUE (community_id, id)
      )`);
    await db.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        category_id uuid NOT NULL,
        title text NOT NULL CONSTRAINT activity_title CHECK (length(title) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CONSTRAINT activity_description CHECK (length(description) <= 5000),
        place text NOT NULL DEFAULT '' CONSTRAINT activity_place CHECK (length(place) <= 200),
        age_min integer CONSTRAINT activity_age_min CHECK (age_min BETWEEN 0 AND 120),
        age_max integer CONSTRAINT activity_age_max CHECK (age_max BETWEEN 0 AND 120),
        price_note text NOT NULL DEFAULT '' CONSTRAINT activity_price_note CHECK (length(price_note) <= 300),
        visibility text NOT NULL DEFAULT 'members'
          CONSTRAINT activity_visibility CHECK (visibility IN ('members', 'public')),
        capacity_mode text NOT NULL DEFAULT 'session'
          CONSTRAINT activity_capacity_mode CHECK (capacity_mode IN ('session', 'series')),
        series_capacity integer CONSTRAINT activity_series_capacity CHECK (series_capacity BETWEEN 1 AND 10000),
        cancel_cutoff_hours integer NOT NULL DEFAULT 24
          CONSTRAINT activity_cancel_cutoff CHECK (cancel_cutoff_hours BETWEEN 0 AND 720),
        offer_hours integer NOT NULL DEFAULT 24
          CONSTRAINT activity_offer_hours CHECK (offer_hours BETWEEN 1 AND 336),
        photo_key text,
        photo_alt text NOT NULL DEFAULT '' CONSTRAINT activity_photo_alt CHECK (length(photo_alt) <= 500),
        photo_width integer,
        photo_height integer,
        published boolean NOT NULL DEFAULT true,
        cancelled_at timestamptz,
        created_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_age_order CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
        CONSTRAINT activity_series_capacity_mode CHECK ((capacity_mode = 'series') = (series_capacity IS NOT NULL)),
        CONSTRAINT activity_photo_alt_given CHECK (photo_key IS NULL OR length(photo_alt) >= 1),
        FOREIGN KEY (community_id, category_id) REFERENCES activity_category(community_id, id),
        UNIQUE (community_id, id)
      )`);
    await db.query(`CREATE INDEX activity_community ON activity (community_id, category_id)`);
    const time = (column: string) =>
      `${column} text NOT NULL CHECK (${column} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`;
    await db.query(`
      CREATE TABLE activity_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        weekday integer NOT NULL CONSTRAINT activity_series_weekday CHECK (weekday BETWEEN 1 AND 7),
        ${time('starts')},
        ${time('ends')},
        first_date date NOT NULL,
        last_date date NOT NULL,
        skipped_dates date[] NOT NULL DEFAULT '{}',
        session_capacity integer CONSTRAINT activity_series_session_capacity CHECK (session_capacity BETWEEN 1 AND 10000),
        CONSTRAINT activity_series_times CHECK (starts < ends),
        CONSTRAINT activity_series_dates CHECK (first_date <= last_date AND last_date - first_date <= 400),
        FOREIGN KEY (community_id, activity_id) REFERENCES activity(community_id, id) ON DELETE CASCADE,
        UNIQUE (community_id, id)
      )`);
    await db.query(`
      CREATE TABLE activity_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        series_id uuid,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer CONSTRAINT activity_session_capacity CHECK (capacity BETWEEN 1 AND 10000),
        cancelled_at timestamptz,
        cancel_reason text CONSTRAINT activity_session_cancel_reason CHECK (length(cancel_reason) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_session_order CHECK (starts_at < ends_at),
        FOREIGN KEY (community_id, activity_id) REFERENCES activity(community_id, id) ON DELETE CASCADE,
        FOREIGN KEY (community_id, series_id) REFERENCES activity_series(community_id, id) ON DELETE SET NULL (series_id),
        CONSTRAINT activity_session_once UNIQUE (activity_id, starts_at),
        UNIQUE (community_id, id)
      )`);
    await db.query(
      `CREATE INDEX activity_session_calendar ON activity_session (community_id, starts_at)`,
    );
    await db.query(`CREATE SEQUENCE activity_registration_queue`);
    await db.query(`
      CREATE TABLE activity_registration (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        session_id uuid,
        participant_key uuid NOT NULL,
        participant_account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        participant_member_id uuid REFERENCES household_member(id) ON DELETE CASCADE,
        household_id uuid REFERENCES household(id) ON DELETE SET NULL,
        registered_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        at_desk boolean NOT NULL DEFAULT false,
        group_id uuid NOT NULL,
        accepts_partial boolean NOT NULL DEFAULT false,
        status text NOT NULL
          CONSTRAINT activity_registration_status CHECK (status IN ('confirmed', 'waiting', 'offered', 'cancelled')),
        queue_rank double precision NOT NULL DEFAULT nextval('activity_registration_queue'),
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        confirmed_at timestamptz,
        offered_at timestamptz,
        offer_expires_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT activity_registration_participant CHECK (
          (participant_account_id IS NOT NULL AND participant_member_id IS NULL AND participant_key = participant_account_id) OR
          (participant_account_id IS NULL AND participant_member_id IS NOT NULL AND participant_key = participant_member_id)),
        CONSTRAINT activity_registration_offer CHECK ((status = 'offered') = (offer_expires_at IS NOT NULL)),
        FOREIGN KEY (community_id, activity_id) REFERENCES activity(community_id, id) ON DELETE CASCADE,
        FOREIGN KEY (community_id, session_id) REFERENCES activity_session(community_id, id) ON DELETE CASCADE
      )`);
    await db.query(`
      CREATE UNIQUE INDEX activity_registration_once ON activity_registration
        (activity_id, COALESCE(session_id, '00000000-0000-0000-0000-000000000000'::uuid), participant_key)
        WHERE status <> 'cancelled'`);
    await db.query(
      `CREATE INDEX activity_registration_queue_order ON activity_registration (activity_id, session_id, status, queue_rank)`,
    );
    await db.query(
      `CREATE INDEX activity_registration_account ON activity_registration (participant_account_id)`,
    );
    await db.query(
      `CREATE INDEX activity_registration_member ON activity_registration (participant_member_id)`,
    );
    await db.query(
      `CREATE INDEX activity_registration_by ON activity_registration (registered_by_account_id)`,
    );
    await db.query(
      `CREATE INDEX activity_registration_offers ON activity_registration (offer_expires_at) WHERE status = 'offered'`,
    );
    await db.query(`
      CREATE TABLE activity_registration_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        registration_id uuid NOT NULL REFERENCES activity_registration(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        action text NOT NULL,
        by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        at_desk boolean NOT NULL DEFAULT false,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE INDEX activity_registration_event_registration ON activity_registration_event (registration_id, seq)`,
    );
    await db.query(`
      CREATE TABLE activity_attendance (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        session_id uuid NOT NULL,
        participant_key uuid NOT NULL,
        registration_id uuid REFERENCES activity_registration(id) ON DELETE SET NULL,
        participant_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        participant_member_id uuid REFERENCES household_member(id) ON DELETE SET NULL,
        walk_in boolean NOT NULL DEFAULT false,
        walk_in_name text CONSTRAINT activity_attendance_walk_in_name CHECK (length(walk_in_name) BETWEEN 1 AND 80),
        status text NOT NULL
          CONSTRAINT activity_attendance_status CHECK (status IN ('present', 'absent', 'excused')),
        birth_year integer CONSTRAINT activity_attendance_birth_year CHECK (birth_year BETWEEN 1900 AND 2100),
        postal_code text CONSTRAINT activity_attendance_postal_code CHECK (postal_code ~ '^[0-9]{5}$'),
        client_mark_id uuid,
        marked_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        marked_at timestamptz NOT NULL DEFAULT now(),
        received_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT activity_attendance_once UNIQUE (session_id, participant_key),
        CONSTRAINT activity_attendance_client_mark UNIQUE (client_mark_id),
        FOREIGN KEY (community_id, activity_id) REFERENCES activity(community_id, id) ON DELETE CASCADE,
        FOREIGN KEY (community_id, session_id) REFERENCES activity_session(community_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX activity_attendance_session ON activity_attendance (community_id, session_id)`,
    );
    await db.query(
      `CREATE INDEX activity_attendance_account ON activity_attendance (participant_account_id)`,
    );
    await db.query(
      `CREATE INDEX activity_attendance_member ON activity_attendance (participant_member_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'activity_attendance',
      'activity_registration_event',
      'activity_registration',
      'activity_session',
      'activity_series',
      'activity',
      'activity_category',
    ])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    await db.query(`DROP SEQUENCE IF EXISTS activity_registration_queue`);
  }
}
