import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transactions } from '@palier/server-core';
import { DataSource } from 'typeorm';
import './sharing.events';

/** An offer of a partner on another server, as its server described it (already checked). */
export interface MirroredOffer {
  objectUri: string;
  actorUri: string;
  title: string;
  description: string;
  conditions: string;
  kind: string;
  quantity: number;
  remaining: number;
  perMemberLimit: number;
  expiresAt: Date;
  publishedAt: Date;
  /** The offering server's time of this state: an older state never replaces a newer one. */
  updatedAt: Date;
}

/**
 * The receiving side of offers across servers: mirrors of partners' offers (rows of
 * `sharing_offer` without a local community, shown in the same "Offres de nos partenaires"), and
 * the answers of the offering server to our members' claims. The federation module calls it
 * with what it verified (signature, sender, active partnership).
 */
@Injectable()
export class RemoteOffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** A Create or Update of an offer addressed to one of our partnerships with its community. */
  async receive(partnershipId: string, offer: MirroredOffer): Promise<void> {
    await this.tx.run(async (manager, emit) => {
      const [before]: { id: string; remaining: number; remote_actor_uri: string }[] =
        await manager.query(
          `SELECT id, remaining, remote_actor_uri FROM sharing_offer WHERE remote_object_uri = $1 FOR UPDATE`,
          [offer.objectUri],
        );
      // Only the offer's own community changes it.
      if (before && before.remote_actor_uri !== offer.actorUri) return;
      const values = [
        offer.title,
        offer.description,
        offer.conditions,
        offer.kind,
        offer.quantity,
        offer.remaining,
        offer.perMemberLimit,
        offer.expiresAt,
        offer.updatedAt,
      ];
      let id: string;
      let changed = true;
      if (!before) {
        [{ id }] = await manager.query(
          `INSERT INTO sharing_offer (remote_actor_uri, remote_object_uri, title, description, conditions, kind,
                                      quantity, remaining, per_member_limit, expires_at, updated_at, all_partners, created_at)
           VALUES ($10, $11, $1, $2, $3, $4, $5, $6, $7, $8, $9, false, $12) RETURNING id`,
          [...values, offer.actorUri, offer.objectUri, offer.publishedAt],
        );
      } else {
        id = before.id;
        const [rows] = await manager.query(
          `UPDATE sharing_offer SET title = $2, description = $3, conditions = $4, kind = $5, quantity = $6,
                  remaining = $7, per_member_limit = $8, expires_at = $9, updated_at = $10
            WHERE id = $1 AND updated_at <= $10 RETURNING id`,
          [id, ...values],
        );
        changed = rows.length > 0;
      }
      // (an INSERT … RETURNING gives its rows; an UPDATE … RETURNING gives [rows, count])
      const added: unknown[] = await manager.query(
        `INSERT INTO sharing_offer_audience (offer_id, partnership_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING offer_id`,
        [id, partnershipId],
      );
      if (!before || added.length)
        emit({
          type: 'sharing.offer.published',
          payload: { offerId: id, offeringCommunityId: null },
        });
      if (changed && before?.remaining !== offer.remaining)
        emit({
          type: 'sharing.offer.remaining',
          payload: { offerId: id, offeringCommunityId: null, remaining: offer.remaining },
        });
    });
  }

  /** The offering community withdrew its offer (a Delete): it closes here; claims stay. */
  async remove(actorUri: string, objectUri: string): Promise<void> {
    await this.db.query(
      `UPDATE sharing_offer SET withdrawn_at = coalesce(withdrawn_at, now())
        WHERE remote_object_uri = $1 AND remote_actor_uri = $2`,
      [objectUri, actorUri],
    );
  }

  /**
   * The offering server's answer to one of our members' claims (Accept or Reject of its Join):
   * granted; refused while pending (with its reason); cancelled when refused after a grant.
   * Returns `cancelled` when our member had cancelled it meanwhile (the units must go back).
   */
  async answer(
    actorUri: string,
    activityId: string,
    granted: boolean,
    reason: string,
  ): Promise<'cancelled' | void> {
    return this.tx.run(async (manager, emit) => {
      const [claim]: { id: string; status: string }[] = await manager.query(
        `SELECT k.id, k.status FROM sharing_claim k JOIN sharing_offer o ON o.id = k.offer_id
          WHERE k.remote_activity_id = $1 AND o.remote_actor_uri = $2 FOR UPDATE OF k`,
        [activityId, actorUri],
      );
      if (!claim) return;
      if (granted && claim.status === 'cancelled') return 'cancelled';
      const next =
        claim.status === 'pending'
          ? granted
            ? 'granted'
            : 'refused'
          : claim.status === 'granted' && !granted
            ? 'cancelled'
            : null;
      if (!next) return;
      await manager.query(
        `UPDATE sharing_claim SET status = $2, refused_reason = $3,
                cancelled_at = CASE WHEN $2 = 'cancelled' THEN now() END,
                cancelled_by = CASE WHEN $2 = 'cancelled' THEN 'offering' END
          WHERE id = $1`,
        [claim.id, next, next === 'refused' ? reason.slice(0, 500) : null],
      );
      emit({
        type: 'sharing.claim.decided',
        payload: { claimId: claim.id, decision: next as 'granted' | 'refused' | 'cancelled' },
      });
    });
  }

  /** Records the Join activity of a claim as sent (its id answers come back with). */
  async sent(claimId: string, activityId: string): Promise<void> {
    await this.db.query(`UPDATE sharing_claim SET remote_activity_id = $2 WHERE id = $1`, [
      claimId,
      activityId,
    ]);
  }
}
