import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers across servers (federation). A partner's offer published on another server is mirrored
 * here as a `sharing_offer` row without a local community: `remote_actor_uri` names the offering
 * community's actor and `remote_object_uri` the offer object; its audience is the local
 * partnerships it was addressed to. The offering server alone holds the count: a claim of a
 * mirrored offer waits here (`pending`) until the offering server grants or refuses it.
 */
export class FederatedOffers1764000000000 implements MigrationInterface {
  name = 'FederatedOffers1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sharing_offer ALTER COLUMN community_id DROP NOT NULL`);
    await db.query(`
      ALTER TABLE sharing_offer
        ADD COLUMN remote_actor_uri text CONSTRAINT sharing_offer_remote_actor CHECK (length(remote_actor_uri) <= 2000),
        ADD COLUMN remote_object_uri text CONSTRAINT sharing_offer_remote_object CHECK (length(remote_object_uri) <= 2000),
        ADD CONSTRAINT sharing_offer_local_or_remote CHECK (
          (community_id IS NULL) = (remote_actor_uri IS NOT NULL) AND (remote_actor_uri IS NULL) = (remote_object_uri IS NULL))`);
    await db.query(
      `CREATE UNIQUE INDEX sharing_offer_remote_object ON sharing_offer (remote_object_uri) WHERE remote_object_uri IS NOT NULL`,
    );

    // A claim of a mirrored offer has no local offering community: its offer still exists here.
    await db.query(`ALTER TABLE sharing_claim ALTER COLUMN offering_community_id DROP NOT NULL`);
    await db.query(`
      ALTER TABLE sharing_claim
        ADD CONSTRAINT sharing_claim_offer FOREIGN KEY (offer_id) REFERENCES sharing_offer(id) ON DELETE CASCADE,
        ADD COLUMN remote_activity_id text CONSTRAINT sharing_claim_remote_activity CHECK (length(remote_activity_id) <= 2000),
        ADD COLUMN refused_reason text CONSTRAINT sharing_claim_refused_reason CHECK (length(refused_reason) <= 500),
        DROP CONSTRAINT sharing_claim_status,
        ADD CONSTRAINT sharing_claim_status CHECK (status IN ('pending', 'granted', 'refused', 'handed_over', 'returned', 'cancelled'))`);
    // One claim per Join activity (a repeated delivery is answered, never granted twice).
    await db.query(
      `CREATE UNIQUE INDEX sharing_claim_remote_activity ON sharing_claim (remote_activity_id) WHERE remote_activity_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM sharing_claim WHERE offering_community_id IS NULL`);
    await db.query(`DELETE FROM sharing_offer WHERE community_id IS NULL`);
    await db.query(`DROP INDEX IF EXISTS sharing_claim_remote_activity`);
    await db.query(`
      ALTER TABLE sharing_claim
        DROP CONSTRAINT sharing_claim_status,
        ADD CONSTRAINT sharing_claim_status CHECK (status IN ('granted', 'handed_over', 'returned', 'cancelled')),
        DROP COLUMN refused_reason,
        DROP COLUMN remote_activity_id,
        DROP CONSTRAINT sharing_claim_offer,
        ALTER COLUMN offering_community_id SET NOT NULL`);
    await db.query(`DROP INDEX IF EXISTS sharing_offer_remote_object`);
    await db.query(`
      ALTER TABLE sharing_offer
        DROP CONSTRAINT sharing_offer_local_or_remote,
        DROP COLUMN remote_object_uri,
        DROP COLUMN remote_actor_uri,
        ALTER COLUMN community_id SET NOT NULL`);
  }
}
