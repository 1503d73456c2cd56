import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Following a community's public announcements from Mastodon and other fediverse software: the
 * remote accounts following a community, and which public posts were sent to them (so an edit is
 * sent as an Update and a removal as a Delete, and only for what was sent).
 */
export class FederationFollowers1764020000000 implements MigrationInterface {
  name = 'FederationFollowers1764020000000';

  async up(db: QueryRunner): Promise<void> {
    // A fediverse account (a person, a bot…) following a community's public announcements.
    await db.query(`
      CREATE TABLE federation_follower (
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        actor_uri text NOT NULL CONSTRAINT federation_follower_uri CHECK (length(actor_uri) <= 2000),
        inbox text NOT NULL CONSTRAINT federation_follower_inbox CHECK (length(inbox) <= 2000),
        shared_inbox text CONSTRAINT federation_follower_shared_inbox CHECK (length(shared_inbox) <= 2000),
        follow_id text NOT NULL CONSTRAINT federation_follower_follow CHECK (length(follow_id) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, actor_uri)
      )`);
    // A public post sent to followers: what was sent (a digest), and whose post it is (so that
    // erasing the author's account also deletes it on the followers' servers).
    await db.query(`
      CREATE TABLE federation_announced (
        post_id uuid PRIMARY KEY,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        author_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        digest text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX federation_announced_author ON federation_announced (author_account_id) WHERE author_account_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['federation_announced', 'federation_follower'])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
