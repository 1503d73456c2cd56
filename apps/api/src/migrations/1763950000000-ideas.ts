import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The idea box: each community's categories, ideas (searchable in French) with an optional
 * photo, supports (one per
 * member, by the database), the status history with the centre's answers, and comments (the
 * same columns as the feed's, so that one set of comment rules serves both).
 */
export class Ideas1763950000000 implements MigrationInterface {
  name = 'Ideas1763950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idea_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        name text NOT NULL CONSTRAINT idea_category_name CHECK (length(name) BETWEEN 1 AND 60),
        position int NOT NULL DEFAULT 0,
        archived boolean NOT NULL DEFAULT false,
        CONSTRAINT idea_category_unique_name UNIQUE (community_id, name),
        CONSTRAINT idea_category_of_community UNIQUE (id, community_id)
      )`);
    await db.query(`
      CREATE TABLE idea (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        author_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        category_id uuid NOT NULL,
        title text NOT NULL CONSTRAINT idea_title CHECK (length(title) BETWEEN 3 AND 120),
        description text NOT NULL CONSTRAINT idea_description CHECK (length(description) BETWEEN 1 AND 4000),
        status text NOT NULL DEFAULT 'submitted' CONSTRAINT idea_status
          CHECK (status IN ('submitted', 'under_study', 'accepted', 'declined', 'in_progress', 'done')),
        merged_into_id uuid REFERENCES idea(id) ON DELETE SET NULL,
        outcome_kind text CONSTRAINT idea_outcome_kind CHECK (outcome_kind IN ('activity', 'collective_project')),
        outcome_ref text CONSTRAINT idea_outcome_ref CHECK (length(outcome_ref) <= 100),
        outcome_title text CONSTRAINT idea_outcome_title CHECK (length(outcome_title) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        status_changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        hidden_at timestamptz,
        hidden_reason text CONSTRAINT idea_hidden_reason CHECK (length(hidden_reason) <= 1000),
        search tsvector GENERATED ALWAYS AS (to_tsvector('french', title || ' ' || description)) STORED,
        CONSTRAINT idea_category_same_community FOREIGN KEY (category_id, community_id)
          REFERENCES idea_category(id, community_id),
        CONSTRAINT idea_not_merged_into_itself CHECK (merged_into_id <> id),
        CONSTRAINT idea_outcome_whole CHECK ((outcome_kind IS NULL) = (outcome_title IS NULL))
      )`);
    await db.query(`CREATE INDEX idea_community ON idea (community_id, created_at DESC)`);
    await db.query(`CREATE INDEX idea_author ON idea (author_account_id)`);
    await db.query(`CREATE INDEX idea_search ON idea USING gin (search)`);

    // One optional photo per idea (re-encoded, without metadata; the files are in FileStorage).
    await db.query(`
      CREATE TABLE idea_photo (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL UNIQUE REFERENCES idea(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        alt text NOT NULL DEFAULT '' CONSTRAINT idea_photo_alt CHECK (length(alt) <= 500),
        width integer NOT NULL,
        height integer NOT NULL,
        thumb_width integer NOT NULL,
        thumb_height integer NOT NULL,
        byte_size integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // supporter_key is the supporter's account id; when the account is erased it becomes one
    // random key (the same for all their supports), so counts stay exact and a merge still
    // counts them once, without anyone knowing who it was.
    await db.query(`
      CREATE TABLE idea_support (
        idea_id uuid NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
        account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        supporter_key uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (idea_id, supporter_key)
      )`);
    await db.query(`CREATE INDEX idea_support_account ON idea_support (account_id)`);

    await db.query(`
      CREATE TABLE idea_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idea_id uuid NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
        from_status text NOT NULL,
        to_status text NOT NULL,
        answer text NOT NULL CONSTRAINT idea_status_change_answer CHECK (length(answer) BETWEEN 1 AND 4000),
        by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE INDEX idea_status_change_idea ON idea_status_change (idea_id, created_at)`,
    );
    await db.query(`CREATE INDEX idea_status_change_by ON idea_status_change (by_account_id)`);

    await db.query(`
      CREATE TABLE idea_comment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        idea_id uuid NOT NULL REFERENCES idea(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES idea_comment(id) ON DELETE CASCADE,
        author_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        body text NOT NULL CONSTRAINT idea_comment_body CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        hidden_at timestamptz,
        hidden_reason text CONSTRAINT idea_comment_hidden_reason CHECK (length(hidden_reason) <= 1000)
      )`);
    await db.query(`CREATE INDEX idea_comment_idea ON idea_comment (idea_id, created_at, id)`);
    await db.query(`CREATE INDEX idea_comment_author ON idea_comment (author_account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'idea_comment',
      'idea_status_change',
      'idea_support',
      'idea_photo',
      'idea',
      'idea_category',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
