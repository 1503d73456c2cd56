import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Emit } from '@palier/server-core';
import { ModerationRegistry } from '@palier/server-moderation';
import type { EntityManager } from 'typeorm';
import { ACTIVE_PARTNERSHIP_WITH_OFFERER, OFFERING_COMMUNITY } from './sharing.sql';
import './sharing.events';

const EXCERPT = 280;

interface Row {
  id: string;
  community_id: string | null;
  title: string;
  description: string;
  created_by_account_id: string | null;
  author_name: string | null;
  offering_community_name: string;
  hidden: boolean;
  slug: string;
}

/**
 * Offers can be reported in the community where they are seen. In the offering community,
 * hiding hides the offer everywhere; in a partner community, it hides it for that community's
 * members only (a partner never changes another community's offer).
 */
@Injectable()
export class SharingReportables implements OnModuleInit {
  constructor(private readonly registry: ModerationRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      type: 'shared_offer',
      label: 'Offre d’un partenaire',
      find: async (manager, communityId, ids) => {
        const rows: Row[] = await manager.query(
          `SELECT o.id, o.community_id, o.title, o.description, o.created_by_account_id,
                  a.display_name AS author_name, coalesce(c.name, fa.name) AS offering_community_name, here.slug,
                  CASE WHEN o.community_id = $1 THEN o.hidden_at IS NOT NULL
                       ELSE EXISTS (SELECT 1 FROM sharing_offer_hide h WHERE h.offer_id = o.id AND h.community_id = $1) END AS hidden
             FROM sharing_offer o ${OFFERING_COMMUNITY}
             JOIN community here ON here.id = $1
             LEFT JOIN account a ON a.id = o.created_by_account_id
            WHERE o.id = ANY($2::uuid[])
              AND (o.community_id = $1 OR EXISTS (
                     SELECT 1 FROM sharing_partnership pp WHERE ${ACTIVE_PARTNERSHIP_WITH_OFFERER}
                        AND (o.all_partners OR EXISTS (
                        SELECT 1 FROM sharing_offer_audience x WHERE x.offer_id = o.id AND x.partnership_id = pp.id))))`,
          [communityId, ids],
        );
        return rows.map((r) => {
          const own = r.community_id === communityId;
          const text = `${r.title} — ${r.description}`;
          return {
            id: r.id,
            communityId,
            // Seen from a partner, the author is not one of its members: the offering community is named.
            authorAccountId: own ? r.created_by_account_id : null,
            authorName: own ? r.author_name : r.offering_community_name,
            excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
            link: own ? `/c/${r.slug}/offres/${r.id}` : `/c/${r.slug}/partenaires/${r.id}`,
            hidden: r.hidden,
          };
        });
      },
      setHidden: (manager, emit, communityId, id, reason) =>
        this.setHidden(manager, emit, communityId, id, reason),
      remove: async (manager, emit, communityId, id) => {
        // The offering team withdraws and hides its offer (claims stay on record); a partner hides it.
        await manager.query(
          `UPDATE sharing_offer SET withdrawn_at = coalesce(withdrawn_at, now()) WHERE id = $1 AND community_id = $2`,
          [id, communityId],
        );
        await this.setHidden(manager, emit, communityId, id, 'Retirée par la modération.');
      },
    });
  }

  private async setHidden(
    manager: EntityManager,
    emit: Emit,
    communityId: string,
    id: string,
    reason: string | null,
  ): Promise<void> {
    const [own] = await manager.query(
      `UPDATE sharing_offer SET hidden_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END, hidden_reason = $3
        WHERE id = $1 AND community_id = $2 RETURNING id`,
      [id, communityId, reason],
    );
    if (own.length) {
      // Partners on other servers are told (the offer is removed there, or back).
      emit({ type: 'sharing.offer.changed', payload: { offerId: id } });
      return;
    }
    if (reason === null)
      await manager.query(
        `DELETE FROM sharing_offer_hide WHERE offer_id = $1 AND community_id = $2`,
        [id, communityId],
      );
    else
      await manager.query(
        `INSERT INTO sharing_offer_hide (offer_id, community_id, reason) VALUES ($1, $2, $3)
         ON CONFLICT (offer_id, community_id) DO UPDATE SET reason = EXCLUDED.reason, hidden_at = now()`,
        [id, communityId, reason],
      );
  }
}
