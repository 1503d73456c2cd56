import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sharing between communities: partnerships, offers addressed to partners, claims of units.
 *
 * Each side of a partnership, and the claimant of a claim, is either a community (or account) of
 * this server or — for federation, later — a remote ActivityPub actor named by its URI. At least
 * one side of a partnership is always local. The offering community alone holds the count: the
 * `remaining` of an offer never goes below zero (a check), and claims lock the offer's row.
 */
export class Sharing1763970000000 implements MigrationInterface {
  name = 'Sharing1763970000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sharing_partnership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_community_id uuid REFERENCES community(id) ON DELETE CASCADE,
        requester_actor_uri text CONSTRAINT sharing_partnership_requester_uri CHECK (length(requester_actor_uri) <= 2000),
        recipient_community_id uuid REFERENCES community(id) ON DELETE CASCADE,
        recipient_actor_uri text CONSTRAINT sharing_partnership_recipient_uri CHECK (length(recipient_actor_uri) <= 2000),
        status text NOT NULL DEFAULT 'requested'
          CONSTRAINT sharing_partnership_status CHECK (status IN ('requested', 'active', 'declined', 'ended')),
        message text NOT NULL DEFAULT '' CONSTRAINT sharing_partnership_message CHECK (length(message) <= 500),
        requested_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        decided_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        ended_by_community_id uuid REFERENCES community(id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        ended_at timestamptz,
        CONSTRAINT sharing_partnership_requester CHECK ((requester_community_id IS NULL) <> (requester_actor_uri IS NULL)),
        CONSTRAINT sharing_partnership_recipient CHECK ((recipient_community_id IS NULL) <> (recipient_actor_uri IS NULL)),
        CONSTRAINT sharing_partnership_one_local CHECK (requester_community_id IS NOT NULL OR recipient_community_id IS NOT NULL),
        CONSTRAINT sharing_partnership_not_self CHECK (requester_community_id IS DISTINCT FROM recipient_community_id)
      )`);
    // One live (requested or active) partnership per pair of communities, whichever asked.
    await db.query(`
      CREATE UNIQUE INDEX sharing_partnership_live_pair ON sharing_partnership (
        least(coalesce(requester_community_id::text, requester_actor_uri), coalesce(recipient_community_id::text, recipient_actor_uri)),
        greatest(coalesce(requester_community_id::text, requester_actor_uri), coalesce(recipient_community_id::text, recipient_actor_uri))
      ) WHERE status IN ('requested', 'active')`);
    await db.query(
      `CREATE INDEX sharing_partnership_requester ON sharing_partnership (requester_community_id)`,
    );
    await db.query(
      `CREATE INDEX sharing_partnership_recipient ON sharing_partnership (recipient_community_id)`,
    );

    await db.query(`
      CREATE TABLE sharing_offer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT sharing_offer_title CHECK (length(title) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CONSTRAINT sharing_offer_description CHECK (length(description) <= 2000),
        conditions text NOT NULL DEFAULT '' CONSTRAINT sharing_offer_conditions CHECK (length(conditions) <= 1000),
        kind text NOT NULL CONSTRAINT sharing_offer_kind CHECK (kind IN ('tickets', 'activity_places', 'lending', 'service')),
        quantity int NOT NULL CONSTRAINT sharing_offer_quantity CHECK (quantity BETWEEN 1 AND 10000),
        remaining int NOT NULL,
        per_member_limit int NOT NULL,
        all_partners boolean NOT NULL DEFAULT true,
        expires_at timestamptz NOT NULL,
        photo_key text,
        withdrawn_at timestamptz,
        hidden_at timestamptz,
        hidden_reason text,
        created_by_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sharing_offer_remaining CHECK (remaining BETWEEN 0 AND quantity),
        CONSTRAINT sharing_offer_per_member CHECK (per_member_limit BETWEEN 1 AND quantity),
        UNIQUE (community_id, id)
      )`);
    await db.query(
      `CREATE INDEX sharing_offer_community ON sharing_offer (community_id, created_at)`,
    );
    await db.query(`
      CREATE TABLE sharing_offer_audience (
        offer_id uuid NOT NULL REFERENCES sharing_offer(id) ON DELETE CASCADE,
        partnership_id uuid NOT NULL REFERENCES sharing_partnership(id) ON DELETE CASCADE,
        PRIMARY KEY (offer_id, partnership_id)
      )`);
    // A partner community hides an offer for its own members only (moderation in its community).
    await db.query(`
      CREATE TABLE sharing_offer_hide (
        offer_id uuid NOT NULL REFERENCES sharing_offer(id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community(id) ON DELETE CASCADE,
        reason text NOT NULL DEFAULT '',
        hidden_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (offer_id, community_id)
      )`);

    await db.query(`
      CREATE TABLE sharing_claim (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offer_id uuid NOT NULL,
        offering_community_id uuid NOT NULL,
        partnership_id uuid REFERENCES sharing_partnership(id) ON DELETE SET NULL,
        claimant_account_id uuid REFERENCES account(id) ON DELETE SET NULL,
        claimant_community_id uuid REFERENCES community(id) ON DELETE SET NULL,
        claimant_actor_uri text CONSTRAINT sharing_claim_actor_uri CHECK (length(claimant_actor_uri) <= 2000),
        claimant_community_name text NOT NULL CONSTRAINT sharing_claim_community_name CHECK (length(claimant_community_name) <= 200),
        claimant_name text CONSTRAINT sharing_claim_name CHECK (length(claimant_name) <= 200),
        claimant_contact text CONSTRAINT sharing_claim_contact CHECK (length(claimant_contact) <= 300),
        consented_at timestamptz,
        quantity int NOT NULL CONSTRAINT sharing_claim_quantity CHECK (quantity >= 1),
        status text NOT NULL DEFAULT 'granted'
          CONSTRAINT sharing_claim_status CHECK (status IN ('granted', 'handed_over', 'returned', 'cancelled')),
        due_on date,
        handed_over_at timestamptz,
        returned_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by text CONSTRAINT sharing_claim_cancelled_by CHECK (cancelled_by IN ('claimant', 'offering')),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (offering_community_id, offer_id) REFERENCES sharing_offer(community_id, id) ON DELETE CASCADE,
        CONSTRAINT sharing_claim_not_both CHECK (claimant_account_id IS NULL OR claimant_actor_uri IS NULL)
      )`);
    await db.query(`CREATE INDEX sharing_claim_offer ON sharing_claim (offer_id, created_at)`);
    await db.query(`CREATE INDEX sharing_claim_claimant ON sharing_claim (claimant_account_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'sharing_claim',
      'sharing_offer_hide',
      'sharing_offer_audience',
      'sharing_offer',
      'sharing_partnership',
    ])
      await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
