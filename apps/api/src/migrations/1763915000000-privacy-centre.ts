import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The privacy centre: data export and erasure requests (resumable, with a grace period), the log
 * of staff accesses to residents' data, retention periods per community and what each purge did,
 * the controller's details for the processing register, inactivity warnings, and the accounts of
 * children under 15 opened by a parent.
 */
export class PrivacyCentre1763915000000 implements MigrationInterface {
  name = 'PrivacyCentre1763915000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE privacy_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT privacy_request_kind CHECK (kind IN ('export', 'erasure')),
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        community_id uuid REFERENCES community(id) ON DELETE SET NULL,
        requested_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        requested_via text NOT NULL
          CONSTRAINT privacy_request_via CHECK (requested_via IN ('self', 'desk', 'parent', 'retention')),
        reason text CONSTRAINT privacy_request_reason CHECK (length(reason) <= 500),
        status text NOT NULL DEFAULT 'pending'
          CONSTRAINT privacy_request_status CHECK (status IN ('pending', 'running', 'ready', 'done', 'cancelled', 'expired')),
        created_at timestamptz NOT NULL DEFAULT now(),
        execute_after timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        completed_at timestamptz,
        completed_modules text[] NOT NULL DEFAULT '{}',
        expires_at timestamptz,
        archive bytea,
        archive_size integer,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(
      `CREATE UNIQUE INDEX privacy_request_one_open ON privacy_request (account_id, kind)
        WHERE status IN ('pending', 'running')`,
    );
    await db.query(
      `CREATE INDEX privacy_request_due ON privacy_request (execute_after) WHERE status IN ('pending', 'running')`,
    );
    await db.query(
      `CREATE INDEX privacy_request_account ON privacy_request (account_id, created_at DESC)`,
    );

    await db.query(`
      CREATE TABLE access_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        staff_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        subject_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        action text NOT NULL
          CONSTRAINT access_log_action CHECK (action IN ('open_file', 'export_list', 'desk_action', 'erase_on_request')),
        reason text NOT NULL CONSTRAINT access_log_reason CHECK (length(reason) BETWEEN 1 AND 500),
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX access_log_subject ON access_log (subject_account_id, created_at DESC)`,
    );
    await db.query(
      `CREATE INDEX access_log_community ON access_log (community_id, created_at DESC, id DESC)`,
    );

    await db.query(`
      CREATE TABLE retention_setting (
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        rule_key text NOT NULL,
        days integer NOT NULL CONSTRAINT retention_setting_days CHECK (days BETWEEN 1 AND 3650),
        updated_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, rule_key)
      )`);

    await db.query(`
      CREATE TABLE retention_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rule_key text NOT NULL,
        community_id uuid REFERENCES community(id) ON DELETE CASCADE,
        count integer NOT NULL,
        ran_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX retention_run_latest ON retention_run (community_id, rule_key, ran_at DESC)`,
    );

    await db.query(`
      CREATE TABLE privacy_profile (
        community_id uuid PRIMARY KEY REFERENCES community(id) ON DELETE CASCADE,
        controller_name text CONSTRAINT privacy_profile_controller CHECK (length(controller_name) <= 200),
        controller_address text CONSTRAINT privacy_profile_address CHECK (length(controller_address) <= 300),
        dpo_contact text CONSTRAINT privacy_profile_dpo CHECK (length(dpo_contact) <= 300),
        sub_processors jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE inactivity_warning (
        account_id uuid PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        warned_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Under 15 (French digital majority): an account only with a parent's consent.
    await db.query(`
      ALTER TABLE account
        ADD COLUMN birth_year integer CONSTRAINT account_birth_year CHECK (birth_year BETWEEN 1900 AND 2100),
        ADD COLUMN guardian_account_id uuid REFERENCES account(id) ON DELETE SET NULL`);
    // A child of a household may now have an account (opened by a parent).
    await db.query(`
      ALTER TABLE household_member DROP CONSTRAINT household_member_shape,
        ADD CONSTRAINT household_member_shape CHECK (
          (kind = 'adult' AND account_id IS NOT NULL) OR
          (kind = 'child' AND first_name IS NOT NULL AND birth_year IS NOT NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE household_member DROP CONSTRAINT household_member_shape,
        ADD CONSTRAINT household_member_shape CHECK (
          (kind = 'adult' AND account_id IS NOT NULL) OR
          (kind = 'child' AND account_id IS NULL AND first_name IS NOT NULL AND birth_year IS NOT NULL))`);
    await db.query(`ALTER TABLE account DROP COLUMN guardian_account_id, DROP COLUMN birth_year`);
    for (const table of [
      'inactivity_warning',
      'privacy_profile',
      'retention_run',
      'retention_setting',
      'access_log',
      'privacy_request',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
