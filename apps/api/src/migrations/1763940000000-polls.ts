import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Polls: single choice, multiple choice, date-finding, ranked choice. The database keeps the
 * integrity rules itself:
 * - one ballot per voter (an account, or a household) and poll: `poll_participation`'s key;
 * - a ballot only holds options of its own poll (composite foreign keys), each at most once;
 * - ballots hold no voter column, no timestamp and no sequence: for an anonymous poll nothing
 *   ties a ballot to the "has voted" row (`ballot_id` is null there, checked); for a named poll
 *   the link lives in `poll_participation.ballot_id` only;
 * - anonymity cannot change once someone has voted (`poll_participation` refers to the pair
 *   (poll, anonymous)); an anonymous ballot cannot be changed (it cannot be found again).
 */
export class Polls1763940000000 implements MigrationInterface {
  name = 'Polls1763940000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE community ADD COLUMN residents_may_create_polls boolean NOT NULL DEFAULT false`,
    );
    await db.query(`
      CREATE TABLE poll (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT poll_kind CHECK (kind IN ('single', 'multiple', 'date', 'ranked')),
        title text NOT NULL CONSTRAINT poll_title CHECK (length(title) BETWEEN 1 AND 160),
        description text NOT NULL DEFAULT '' CONSTRAINT poll_description CHECK (length(description) <= 2000),
        created_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_by_resident boolean NOT NULL DEFAULT false,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        anonymous boolean NOT NULL,
        voters text NOT NULL CONSTRAINT poll_voters CHECK (voters IN ('members', 'households')),
        results_visibility text NOT NULL
          CONSTRAINT poll_results_visibility CHECK (results_visibility IN ('always', 'after_vote', 'after_close')),
        ballots_changeable boolean NOT NULL,
        min_choices integer,
        max_choices integer,
        subject_type text CONSTRAINT poll_subject_type CHECK (subject_type IN ('idea', 'activity')),
        subject_id uuid,
        outcome text CONSTRAINT poll_outcome CHECK (length(outcome) BETWEEN 1 AND 4000),
        outcome_at timestamptz,
        announced_at timestamptz,
        closing_reminded_at timestamptz,
        results_announced_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT poll_window CHECK (closes_at > opens_at),
        CONSTRAINT poll_anonymous_final CHECK (NOT (anonymous AND ballots_changeable)),
        CONSTRAINT poll_choices CHECK (
          (kind = 'multiple' AND min_choices >= 1 AND max_choices >= min_choices)
          OR (kind <> 'multiple' AND min_choices IS NULL AND max_choices IS NULL)),
        CONSTRAINT poll_subject CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
        CONSTRAINT poll_community_key UNIQUE (community_id, id),
        CONSTRAINT poll_anonymous_key UNIQUE (id, anonymous)
      )`);
    await db.query(`CREATE INDEX poll_community ON poll (community_id, closes_at DESC)`);
    await db.query(`CREATE INDEX poll_creator ON poll (created_by_account_id)`);
    await db.query(`
      CREATE TABLE poll_option (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
        position integer NOT NULL CONSTRAINT poll_option_position CHECK (position >= 0),
        label text NOT NULL DEFAULT '' CONSTRAINT poll_option_label CHECK (length(label) <= 200),
        starts_at timestamptz,
        CONSTRAINT poll_option_order UNIQUE (poll_id, position),
        CONSTRAINT poll_option_poll_key UNIQUE (poll_id, id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX poll_option_distinct ON poll_option (poll_id, lower(label), coalesce(starts_at, 'epoch'))`,
    );
    // An option's optional photo (re-encoded, without metadata) and its description.
    await db.query(`
      CREATE TABLE poll_photo (
        id uuid PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        uploader_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        option_id uuid CONSTRAINT poll_photo_option_key UNIQUE REFERENCES poll_option(id) ON DELETE CASCADE,
        alt text NOT NULL DEFAULT '' CONSTRAINT poll_photo_alt CHECK (length(alt) <= 500),
        width integer NOT NULL,
        height integer NOT NULL,
        thumb_width integer NOT NULL,
        thumb_height integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT poll_photo_described CHECK (option_id IS NULL OR length(alt) >= 1)
      )`);
    await db.query(
      `CREATE INDEX poll_photo_unattached ON poll_photo (created_at) WHERE option_id IS NULL`,
    );
    await db.query(`CREATE INDEX poll_photo_uploader ON poll_photo (uploader_account_id)`);
    // No voter, no time, no sequence: the id is random (version 4).
    await db.query(`
      CREATE TABLE poll_ballot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        poll_id uuid NOT NULL REFERENCES poll(id) ON DELETE CASCADE,
        CONSTRAINT poll_ballot_poll_key UNIQUE (poll_id, id)
      )`);
    await db.query(`
      CREATE TABLE poll_ballot_choice (
        ballot_id uuid NOT NULL,
        poll_id uuid NOT NULL,
        option_id uuid NOT NULL,
        rank integer CONSTRAINT poll_ballot_choice_rank CHECK (rank >= 1),
        answer text CONSTRAINT poll_ballot_choice_answer CHECK (answer IN ('yes', 'maybe', 'no')),
        PRIMARY KEY (ballot_id, option_id),
        CONSTRAINT poll_ballot_choice_rank_once UNIQUE (ballot_id, rank),
        FOREIGN KEY (poll_id, ballot_id) REFERENCES poll_ballot(poll_id, id) ON DELETE CASCADE,
        FOREIGN KEY (poll_id, option_id) REFERENCES poll_option(poll_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX poll_ballot_choice_poll ON poll_ballot_choice (poll_id)`);
    await db.query(`
      CREATE TABLE poll_participation (
        poll_id uuid NOT NULL,
        anonymous boolean NOT NULL,
        voter_key uuid NOT NULL,
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        ballot_id uuid CONSTRAINT poll_participation_ballot_key UNIQUE,
        voted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (poll_id, voter_key),
        FOREIGN KEY (poll_id, anonymous) REFERENCES poll(id, anonymous) ON DELETE CASCADE,
        FOREIGN KEY (poll_id, ballot_id) REFERENCES poll_ballot(poll_id, id),
        CONSTRAINT poll_participation_link CHECK (anonymous = (ballot_id IS NULL))
      )`);
    await db.query(`CREATE INDEX poll_participation_account ON poll_participation (account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'poll_participation',
      'poll_ballot_choice',
      'poll_ballot',
      'poll_photo',
      'poll_option',
      'poll',
    ])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    await db.query(`ALTER TABLE community DROP COLUMN residents_may_create_polls`);
  }
}
