import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Federation (ActivityPub): each community's key pairs, the remote actors we know, and the
 * Follow activities behind a partnership with a remote community (mutual Follow + Accept).
 */
export class Federation1763990000000 implements MigrationInterface {
  name = 'Federation1763990000000';

  async up(db: QueryRunner): Promise<void> {
    // The community actor's key pairs (JWK), made the first time the actor is asked for.
    await db.query(`
      CREATE TABLE federation_key (
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        algorithm text NOT NULL CONSTRAINT federation_key_algorithm CHECK (algorithm IN ('RSASSA-PKCS1-v1_5', 'Ed25519')),
        public_jwk jsonb NOT NULL,
        private_jwk jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, algorithm)
      )`);
    // Remote actors (communities of other servers) as last fetched: their public name and inbox.
    await db.query(`
      CREATE TABLE federation_actor (
        uri text PRIMARY KEY CONSTRAINT federation_actor_uri CHECK (length(uri) <= 2000),
        handle text NOT NULL CONSTRAINT federation_actor_handle CHECK (length(handle) <= 300),
        name text NOT NULL CONSTRAINT federation_actor_name CHECK (length(name) <= 200),
        inbox text NOT NULL CONSTRAINT federation_actor_inbox CHECK (length(inbox) <= 2000),
        fetched_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The Follow activities of a partnership with a remote community: theirs and ours.
    await db.query(`
      CREATE TABLE federation_partnership (
        partnership_id uuid PRIMARY KEY REFERENCES sharing_partnership(id) ON DELETE CASCADE,
        remote_actor_uri text NOT NULL REFERENCES federation_actor(uri),
        our_follow_id text CONSTRAINT federation_partnership_our_follow CHECK (length(our_follow_id) <= 2000),
        their_follow_id text CONSTRAINT federation_partnership_their_follow CHECK (length(their_follow_id) <= 2000)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['federation_partnership', 'federation_actor', 'federation_key'])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
