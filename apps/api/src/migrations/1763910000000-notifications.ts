import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Real time and notifications: in-app notifications, per-kind email preferences and quiet hours
 * (the right to disconnect), one-click unsubscribe tokens, and crash-safe email delivery.
 */
export class Notifications1763910000000 implements MigrationInterface {
  name = 'Notifications1763910000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        community_id uuid REFERENCES community(id) ON DELETE CASCADE,
        kind text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        link text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email text NOT NULL DEFAULT 'none'
          CONSTRAINT notification_email CHECK (email IN ('none', 'queued', 'digest', 'sent_in_digest')),
        CONSTRAINT notification_link CHECK (link LIKE '/%')
      )`);
    await db.query(
      `CREATE INDEX notification_inbox ON notification (account_id, created_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX notification_unread ON notification (account_id) WHERE read_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX notification_digest ON notification (account_id, created_at) WHERE email = 'digest'`,
    );

    await db.query(`
      CREATE TABLE notification_preference (
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL,
        channel text NOT NULL
          CONSTRAINT notification_preference_channel CHECK (channel IN ('immediately', 'daily', 'weekly', 'never')),
        PRIMARY KEY (account_id, kind)
      )`);

    await db.query(`
      ALTER TABLE account
        ADD COLUMN quiet_hours_start text CONSTRAINT account_quiet_start CHECK (quiet_hours_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ADD COLUMN quiet_hours_end text CONSTRAINT account_quiet_end CHECK (quiet_hours_end ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Paris',
        ADD COLUMN last_digest_at timestamptz`);

    await db.query(`
      CREATE TABLE unsubscribe_token (
        token_hash bytea PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // A claimed email whose process died before marking it sent may have left: it is never sent
    // again (at most once), and is kept visible as uncertain.
    await db.query(`
      ALTER TABLE email_outbox
        ADD COLUMN claimed_at timestamptz,
        ADD COLUMN uncertain boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_outbox DROP COLUMN uncertain, DROP COLUMN claimed_at`);
    await db.query(`DROP TABLE unsubscribe_token`);
    await db.query(
      `ALTER TABLE account DROP COLUMN last_digest_at, DROP COLUMN time_zone, DROP COLUMN quiet_hours_end, DROP COLUMN quiet_hours_start`,
    );
    await db.query(`DROP TABLE notification_preference`);
    await db.query(`DROP TABLE notification`);
  }
}
