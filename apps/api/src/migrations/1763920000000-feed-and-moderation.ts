import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The community feed and its moderation: posts (text, up to four photos, content warning,
 * members-only or public on the sas), comments with one level of replies, one reaction per member
 * per post, mentions, mutes; reports of any reportable item (posts and comments now, polls and
 * ideas later: `item_type` is open), decisions in a moderation log, one appeal per decision,
 * suspensions; and the community's feed settings.
 *
 * Every column pointing to an account is ON DELETE SET NULL (or CASCADE for what is only the
 * person's, like mutes) as a safety net; the privacy hooks do the erasure explicitly.
 */
export class FeedAndModeration1763920000000 implements MigrationInterface {
  name = 'FeedAndModeration1763920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE community
        ADD COLUMN public_post_roles text[] NOT NULL DEFAULT '{staff,builder,admin}'
          CONSTRAINT community_public_post_roles CHECK (public_post_roles <@ '{resident,staff,builder,admin}'::text[]),
        ADD COLUMN keep_comments_of_erased_members boolean NOT NULL DEFAULT true,
        ADD COLUMN report_hide_threshold integer NOT NULL DEFAULT 3
          CONSTRAINT community_report_hide_threshold CHECK (report_hide_threshold BETWEEN 1 AND 50)`);

    await db.query(`
      CREATE TABLE feed_post (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        author_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        body text NOT NULL CONSTRAINT feed_post_body CHECK (length(body) <= 5000),
        content_warning text CONSTRAINT feed_post_content_warning CHECK (length(content_warning) BETWEEN 1 AND 200),
        visibility text NOT NULL DEFAULT 'members'
          CONSTRAINT feed_post_visibility CHECK (visibility IN ('members', 'public')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz,
        pinned_at timestamptz,
        pinned_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        comments_locked boolean NOT NULL DEFAULT false,
        hidden_at timestamptz,
        hidden_reason text CONSTRAINT feed_post_hidden_reason CHECK (length(hidden_reason) <= 1000)
      )`);
    // The timeline: keyset pagination newest first; pinned posts are listed apart.
    await db.query(
      `CREATE INDEX feed_post_timeline ON feed_post (community_id, created_at DESC, id DESC) WHERE pinned_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX feed_post_pinned ON feed_post (community_id, pinned_at DESC) WHERE pinned_at IS NOT NULL`,
    );
    await db.query(`CREATE INDEX feed_post_author ON feed_post (author_account_id)`);

    await db.query(`
      CREATE TABLE feed_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        uploader_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        post_id uuid REFERENCES feed_post(id) ON DELETE CASCADE,
        position smallint CONSTRAINT feed_photo_position CHECK (position BETWEEN 0 AND 3),
        alt text NOT NULL DEFAULT '' CONSTRAINT feed_photo_alt CHECK (length(alt) <= 500),
        width integer NOT NULL,
        height integer NOT NULL,
        thumb_width integer NOT NULL,
        thumb_height integer NOT NULL,
        byte_size integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT feed_photo_place UNIQUE (post_id, position)
      )`);
    await db.query(`CREATE INDEX feed_photo_post ON feed_photo (post_id)`);
    await db.query(
      `CREATE INDEX feed_photo_unattached ON feed_photo (created_at) WHERE post_id IS NULL`,
    );
    await db.query(`CREATE INDEX feed_photo_uploader ON feed_photo (uploader_account_id)`);

    await db.query(`
      CREATE TABLE feed_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        post_id uuid NOT NULL REFERENCES feed_post(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES feed_comment(id) ON DELETE CASCADE,
        author_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        body text NOT NULL CONSTRAINT feed_comment_body CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text CONSTRAINT feed_comment_hidden_reason CHECK (length(hidden_reason) <= 1000)
      )`);
    await db.query(`CREATE INDEX feed_comment_post ON feed_comment (post_id, created_at, id)`);
    await db.query(`CREATE INDEX feed_comment_author ON feed_comment (author_account_id)`);

    await db.query(`
      CREATE TABLE feed_reaction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES feed_post(id) ON DELETE CASCADE,
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        reaction text NOT NULL
          CONSTRAINT feed_reaction_kind CHECK (reaction IN ('thumbs_up', 'heart', 'laugh', 'surprised', 'thanks')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT feed_reaction_once UNIQUE (post_id, account_id)
      )`);
    await db.query(`CREATE INDEX feed_reaction_account ON feed_reaction (account_id)`);

    await db.query(`
      CREATE TABLE feed_mention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES feed_post(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES feed_comment(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX feed_mention_account ON feed_mention (account_id)`);
    await db.query(`CREATE INDEX feed_mention_post ON feed_mention (post_id)`);

    await db.query(`
      CREATE TABLE feed_mute (
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        muted_account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, account_id, muted_account_id),
        CONSTRAINT feed_mute_not_self CHECK (account_id <> muted_account_id)
      )`);
    await db.query(`CREATE INDEX feed_mute_muted ON feed_mute (muted_account_id)`);

    await db.query(`
      CREATE TABLE moderation_decision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        item_type text NOT NULL CONSTRAINT moderation_decision_item_type CHECK (item_type ~ '^[a-z_]{1,40}$'),
        item_id uuid NOT NULL,
        subject_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        action text NOT NULL CONSTRAINT moderation_decision_action
          CHECK (action IN ('dismiss', 'hide', 'restore', 'delete', 'warn', 'suspend', 'exclude', 'auto_hide', 'lock_comments', 'unlock_comments')),
        reason text NOT NULL CONSTRAINT moderation_decision_reason CHECK (length(reason) BETWEEN 1 AND 1000),
        suspended_until timestamptz,
        charter_version integer,
        decided_by uuid REFERENCES account(id) ON DELETE SET NULL,
        automatic boolean NOT NULL DEFAULT false,
        decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT moderation_decision_suspension CHECK ((action = 'suspend') = (suspended_until IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX moderation_decision_log ON moderation_decision (community_id, decided_at DESC, id DESC)`,
    );
    await db.query(
      `CREATE INDEX moderation_decision_item ON moderation_decision (item_type, item_id)`,
    );
    await db.query(
      `CREATE INDEX moderation_decision_subject ON moderation_decision (subject_account_id)`,
    );
    await db.query(`CREATE INDEX moderation_decision_decider ON moderation_decision (decided_by)`);

    await db.query(`
      CREATE TABLE moderation_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        item_type text NOT NULL CONSTRAINT moderation_report_item_type CHECK (item_type ~ '^[a-z_]{1,40}$'),
        item_id uuid NOT NULL,
        reporter_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        reason text NOT NULL CONSTRAINT moderation_report_reason
          CHECK (reason IN ('harassment', 'hate', 'violence', 'private_information', 'spam', 'illegal', 'other')),
        details text CONSTRAINT moderation_report_details CHECK (length(details) <= 1000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        decision_id uuid REFERENCES moderation_decision(id) ON DELETE SET NULL,
        resolved_at timestamptz
      )`);
    // One open report per member per item (the count in the queue is a count of people).
    await db.query(
      `CREATE UNIQUE INDEX moderation_report_once ON moderation_report (item_type, item_id, reporter_account_id) WHERE resolved_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX moderation_report_queue ON moderation_report (community_id, created_at) WHERE resolved_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX moderation_report_reporter ON moderation_report (reporter_account_id)`,
    );

    await db.query(`
      CREATE TABLE moderation_appeal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        decision_id uuid NOT NULL REFERENCES moderation_decision(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        message text NOT NULL CONSTRAINT moderation_appeal_message CHECK (length(message) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz,
        answered_by uuid REFERENCES account(id) ON DELETE SET NULL,
        upheld boolean,
        CONSTRAINT moderation_appeal_once UNIQUE (decision_id)
      )`);
    await db.query(`CREATE INDEX moderation_appeal_account ON moderation_appeal (account_id)`);

    // A suspension (until a date) or an exclusion (no end) of a member from contributing.
    await db.query(`
      CREATE TABLE moderation_restriction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        decision_id uuid REFERENCES moderation_decision(id) ON DELETE SET NULL,
        until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX moderation_restriction_member ON moderation_restriction (community_id, account_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'moderation_restriction',
      'moderation_appeal',
      'moderation_report',
      'moderation_decision',
      'feed_mute',
      'feed_mention',
      'feed_reaction',
      'feed_comment',
      'feed_photo',
      'feed_post',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(
      `ALTER TABLE community DROP COLUMN report_hide_threshold, DROP COLUMN keep_comments_of_erased_members, DROP COLUMN public_post_roles`,
    );
  }
}
