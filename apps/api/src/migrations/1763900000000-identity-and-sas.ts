import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity, communities and the sas: accounts and sessions, one-time tokens, memberships and
 * their role log, consents, households, staff desk mode, the email outbox, rate limits, and the
 * community's versioned charter and privacy notice, exceptional closures and public news.
 */
export class IdentityAndSas1763900000000 implements MigrationInterface {
  name = 'IdentityAndSas1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE community
        ADD COLUMN kind text NOT NULL DEFAULT 'social_centre'
          CONSTRAINT community_kind CHECK (kind IN ('social_centre', 'partner_organisation')),
        ADD COLUMN admission_mode text NOT NULL DEFAULT 'approval'
          CONSTRAINT community_admission_mode CHECK (admission_mode IN ('automatic', 'approval')),
        ADD COLUMN languages text[] NOT NULL DEFAULT '{fr}',
        ADD COLUMN logo_url text,
        DROP COLUMN charter`);

    await db.query(`
      CREATE TABLE community_document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT community_document_kind CHECK (kind IN ('charter', 'privacy_notice')),
        version integer NOT NULL CONSTRAINT community_document_version CHECK (version >= 1),
        summary text NOT NULL,
        body text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by_account_id uuid,
        CONSTRAINT community_document_version_key UNIQUE (community_id, kind, version)
      )`);

    await db.query(`
      CREATE TABLE community_closure (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        label text NOT NULL,
        CONSTRAINT community_closure_dates CHECK (ends_on >= starts_on)
      )`);
    await db.query(
      `CREATE INDEX community_closure_community ON community_closure (community_id, ends_on)`,
    );

    await db.query(`
      CREATE TABLE community_news (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT community_news_title CHECK (length(title) BETWEEN 1 AND 140),
        body text NOT NULL CONSTRAINT community_news_body CHECK (length(body) BETWEEN 1 AND 5000),
        published_at timestamptz NOT NULL DEFAULT now(),
        author_account_id uuid
      )`);
    await db.query(
      `CREATE INDEX community_news_recent ON community_news (community_id, published_at DESC)`,
    );

    await db.query(`
      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email citext,
        login citext,
        password_hash text,
        display_name text NOT NULL CONSTRAINT account_display_name CHECK (length(display_name) BETWEEN 1 AND 80),
        locale text NOT NULL DEFAULT 'fr' CONSTRAINT account_locale CHECK (locale IN ('fr', 'en', 'ar')),
        is_server_admin boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'active'
          CONSTRAINT account_status CHECK (status IN ('active', 'pending_activation', 'disabled')),
        created_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        CONSTRAINT account_email_key UNIQUE (email),
        CONSTRAINT account_login_key UNIQUE (login),
        CONSTRAINT account_can_log_in CHECK (email IS NOT NULL OR login IS NOT NULL)
      )`);

    await db.query(`
      CREATE TABLE account_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT account_token_kind CHECK (kind IN ('activation', 'password_reset')),
        token_hash bytea NOT NULL CONSTRAINT account_token_hash_key UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE INDEX account_token_account ON account_token (account_id, kind)`);

    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CONSTRAINT session_token_hash_key UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text
      )`);
    await db.query(`CREATE INDEX session_account ON session (account_id) WHERE revoked_at IS NULL`);

    await db.query(`
      CREATE TABLE membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'resident'
          CONSTRAINT membership_role CHECK (role IN ('resident', 'staff', 'builder', 'admin')),
        status text NOT NULL DEFAULT 'pending'
          CONSTRAINT membership_status CHECK (status IN ('pending', 'active', 'declined', 'suspended')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        decision_message text CONSTRAINT membership_decision_message CHECK (length(decision_message) <= 1000),
        CONSTRAINT membership_once UNIQUE (community_id, account_id)
      )`);
    await db.query(`CREATE INDEX membership_account ON membership (account_id)`);
    await db.query(
      `CREATE INDEX membership_queue ON membership (community_id, requested_at) WHERE status = 'pending'`,
    );

    await db.query(`
      CREATE TABLE role_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        from_role text,
        to_role text NOT NULL,
        changed_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX role_change_community ON role_change (community_id, changed_at DESC)`,
    );

    await db.query(`
      CREATE TABLE desk_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        staff_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        resident_account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        resident_present boolean NOT NULL CONSTRAINT desk_session_present CHECK (resident_present),
        resident_agrees boolean NOT NULL CONSTRAINT desk_session_agrees CHECK (resident_agrees),
        started_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);

    await db.query(`
      CREATE TABLE desk_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        desk_session_id uuid NOT NULL REFERENCES desk_session(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        staff_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        resident_account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        action text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX desk_action_resident ON desk_action (resident_account_id, created_at DESC)`,
    );

    await db.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        community_id uuid REFERENCES community(id) ON DELETE CASCADE,
        kind text NOT NULL,
        document_id uuid REFERENCES community_document(id) ON DELETE SET NULL,
        version integer,
        granted boolean NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        desk_action_id uuid REFERENCES desk_action(id) ON DELETE SET NULL
      )`);
    await db.query(
      `CREATE INDEX consent_account ON consent (account_id, community_id, kind, recorded_at DESC)`,
    );

    await db.query(`
      CREATE TABLE household (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT household_name CHECK (length(name) BETWEEN 1 AND 80),
        postal_code text CONSTRAINT household_postal_code CHECK (postal_code ~ '^[0-9]{5}$'),
        created_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE household_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES household(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT household_member_kind CHECK (kind IN ('adult', 'child')),
        account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        first_name text CONSTRAINT household_member_first_name CHECK (length(first_name) BETWEEN 1 AND 60),
        birth_year integer CONSTRAINT household_member_birth_year CHECK (birth_year BETWEEN 1900 AND 2100),
        added_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT household_member_account_key UNIQUE (account_id),
        CONSTRAINT household_member_shape CHECK (
          (kind = 'adult' AND account_id IS NOT NULL) OR
          (kind = 'child' AND account_id IS NULL AND first_name IS NOT NULL AND birth_year IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX household_member_household ON household_member (household_id)`);

    await db.query(`
      CREATE TABLE household_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES household(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        invited_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        accepted boolean,
        CONSTRAINT household_invitation_once UNIQUE (household_id, account_id)
      )`);

    await db.query(`
      CREATE TABLE email_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL CONSTRAINT email_outbox_idempotency_key UNIQUE,
        account_id uuid REFERENCES account(id) ON DELETE CASCADE,
        to_address text NOT NULL,
        locale text NOT NULL,
        kind text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        last_error text
      )`);
    await db.query(
      `CREATE INDEX email_outbox_pending ON email_outbox (available_at) WHERE sent_at IS NULL`,
    );

    // Counters of rate-limiter-flexible (table layout defined by that library).
    await db.query(`
      CREATE TABLE rate_limit (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'rate_limit',
      'email_outbox',
      'household_invitation',
      'household_member',
      'household',
      'consent',
      'desk_action',
      'desk_session',
      'role_change',
      'membership',
      'session',
      'account_token',
      'account',
      'community_news',
      'community_closure',
      'community_document',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`
      ALTER TABLE community
        ADD COLUMN charter text NOT NULL DEFAULT '',
        DROP COLUMN logo_url, DROP COLUMN languages, DROP COLUMN admission_mode, DROP COLUMN kind`);
  }
}
