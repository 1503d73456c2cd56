import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointments: services delivered by resources (a staff member, a room, a partner's adviser),
 * weekly rules and date exceptions per resource, appointments with their history. The database
 * itself refuses two active appointments on one resource at once (an exclusion constraint on the
 * blocked range, buffers included).
 */
export class Booking1763930000000 implements MigrationInterface {
  name = 'Booking1763930000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE booking_resource (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT booking_resource_name CHECK (length(name) BETWEEN 1 AND 120),
        kind text NOT NULL CONSTRAINT booking_resource_kind CHECK (kind IN ('staff', 'room', 'partner')),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (community_id, id)
      )`);
    await db.query(`
      CREATE TABLE booking_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT booking_service_name CHECK (length(name) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CONSTRAINT booking_service_description CHECK (length(description) <= 2000),
        what_to_bring text NOT NULL DEFAULT '' CONSTRAINT booking_service_bring CHECK (length(what_to_bring) <= 1000),
        duration_minutes int NOT NULL CONSTRAINT booking_service_duration CHECK (duration_minutes BETWEEN 5 AND 480),
        buffer_before_minutes int NOT NULL DEFAULT 0 CONSTRAINT booking_service_before CHECK (buffer_before_minutes BETWEEN 0 AND 120),
        buffer_after_minutes int NOT NULL DEFAULT 0 CONSTRAINT booking_service_after CHECK (buffer_after_minutes BETWEEN 0 AND 120),
        min_notice_minutes int NOT NULL DEFAULT 60 CONSTRAINT booking_service_notice CHECK (min_notice_minutes BETWEEN 0 AND 43200),
        max_horizon_days int NOT NULL DEFAULT 60 CONSTRAINT booking_service_horizon CHECK (max_horizon_days BETWEEN 1 AND 365),
        max_per_week int CONSTRAINT booking_service_per_week CHECK (max_per_week BETWEEN 1 AND 20),
        requires_confirmation boolean NOT NULL DEFAULT false,
        shown_on_sas boolean NOT NULL DEFAULT true,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (community_id, id)
      )`);
    await db.query(`
      CREATE TABLE booking_service_resource (
        community_id uuid NOT NULL,
        service_id uuid NOT NULL,
        resource_id uuid NOT NULL,
        PRIMARY KEY (service_id, resource_id),
        FOREIGN KEY (community_id, service_id) REFERENCES booking_service(community_id, id) ON DELETE CASCADE,
        FOREIGN KEY (community_id, resource_id) REFERENCES booking_resource(community_id, id) ON DELETE CASCADE
      )`);
    const time = (column: string) =>
      `${column} text NOT NULL CHECK (${column} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$')`;
    await db.query(`
      CREATE TABLE booking_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL,
        resource_id uuid NOT NULL,
        weekday int NOT NULL CONSTRAINT booking_rule_weekday CHECK (weekday BETWEEN 1 AND 7),
        ${time('starts')},
        ${time('ends')},
        CONSTRAINT booking_rule_order CHECK (starts < ends),
        FOREIGN KEY (community_id, resource_id) REFERENCES booking_resource(community_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX booking_rule_resource ON booking_rule (resource_id)`);
    await db.query(`
      CREATE TABLE booking_exception (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL,
        resource_id uuid NOT NULL,
        on_date date NOT NULL,
        kind text NOT NULL CONSTRAINT booking_exception_kind CHECK (kind IN ('closed', 'open')),
        starts text CHECK (starts ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ends text CHECK (ends ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
        label text NOT NULL DEFAULT '' CHECK (length(label) <= 120),
        CONSTRAINT booking_exception_hours CHECK ((starts IS NULL AND ends IS NULL AND kind = 'closed') OR (starts IS NOT NULL AND ends IS NOT NULL AND starts < ends)),
        FOREIGN KEY (community_id, resource_id) REFERENCES booking_resource(community_id, id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE INDEX booking_exception_resource ON booking_exception (resource_id, on_date)`,
    );
    await db.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        service_id uuid NOT NULL,
        resource_id uuid NOT NULL,
        resident_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        booked_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        at_desk boolean NOT NULL DEFAULT false,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        blocked tstzrange NOT NULL,
        status text NOT NULL CONSTRAINT appointment_status CHECK (status IN ('pending', 'confirmed', 'cancelled')),
        attendance text CONSTRAINT appointment_attendance CHECK (attendance IN ('arrived', 'no_show')),
        note text NOT NULL DEFAULT '' CONSTRAINT appointment_note CHECK (length(note) <= 500),
        code text NOT NULL,
        rescheduled_from_id uuid REFERENCES appointment(id) ON DELETE SET NULL,
        reminded_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appointment_order CHECK (starts_at < ends_at),
        CONSTRAINT appointment_blocked CHECK (blocked @> tstzrange(starts_at, ends_at)),
        FOREIGN KEY (community_id, service_id) REFERENCES booking_service(community_id, id) ON DELETE CASCADE,
        FOREIGN KEY (community_id, resource_id) REFERENCES booking_resource(community_id, id) ON DELETE CASCADE,
        CONSTRAINT appointment_no_overlap EXCLUDE USING gist (resource_id WITH =, blocked WITH &&)
          WHERE (status IN ('pending', 'confirmed'))
      )`);
    await db.query(
      `CREATE INDEX appointment_resident ON appointment (resident_account_id, starts_at)`,
    );
    await db.query(`CREATE INDEX appointment_agenda ON appointment (community_id, starts_at)`);
    await db.query(
      `CREATE INDEX appointment_reminder ON appointment (starts_at) WHERE reminded_at IS NULL AND status IN ('pending', 'confirmed')`,
    );
    await db.query(`
      CREATE TABLE appointment_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The order of the steps, even when two happen within the clock's resolution.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        appointment_id uuid NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        action text NOT NULL,
        by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        at_desk boolean NOT NULL DEFAULT false,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        -- The clock, not the transaction's start: steps of one transaction keep their order.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE INDEX appointment_event_appointment ON appointment_event (appointment_id, seq)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'appointment_event',
      'appointment',
      'booking_exception',
      'booking_rule',
      'booking_service_resource',
      'booking_service',
      'booking_resource',
    ])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
