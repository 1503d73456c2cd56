import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvents } from '@palier/server-core';
import { NotificationsService } from '@palier/server-notifications';
import { DataSource } from 'typeorm';
import { OffersService } from './offers.service';
import { OFFERING_COMMUNITY } from './sharing.sql';
import './sharing.events';

/**
 * After the commit: a new offer is told to the members of the partners it is addressed to (each
 * as they chose: by default in the daily digest); a hand-over, a cancellation or (from a partner
 * on another server) a grant or a refusal, to the claimant;
 * a partnership asked, answered or ended, to the admins and builders of the other community.
 */
@Injectable()
export class SharingListeners implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly offers: OffersService,
  ) {}

  onModuleInit(): void {
    this.events.on('sharing.offer.published', async ({ offerId }) => {
      const [offer]: { title: string; partner: string }[] = await this.db.query(
        `SELECT o.title, coalesce(c.name, fa.name) AS partner FROM sharing_offer o ${OFFERING_COMMUNITY}
          WHERE o.id = $1`,
        [offerId],
      );
      if (!offer) return;
      for (const communityId of await this.offers.audienceCommunities(offerId)) {
        const members: { account_id: string; slug: string; name: string }[] = await this.db.query(
          `SELECT m.account_id, c.slug, c.name FROM membership m JOIN community c ON c.id = m.community_id
            WHERE m.community_id = $1 AND m.status = 'active'`,
          [communityId],
        );
        if (!members.length) continue;
        await this.notifications.notify({
          accountIds: members.map((m) => m.account_id),
          communityId,
          kind: 'sharing_offer_new',
          data: { partner: offer.partner, community: members[0].name, title: offer.title },
          link: `/c/${members[0].slug}/partenaires/${offerId}`,
        });
      }
    });

    this.events.on(
      'sharing.partnership.changed',
      async ({ partnershipId, byCommunityId, state }) => {
        // The admins and builders of the other (local) side.
        const [other]: { id: string; slug: string; name: string; by: string }[] =
          await this.db.query(
            `SELECT c.id, c.slug, c.name, coalesce(b.name, fa.name) AS by
           FROM sharing_partnership p
           JOIN community c ON c.id = CASE WHEN p.requester_community_id::text = $2 OR p.requester_actor_uri = $2
                                           THEN p.recipient_community_id
                                           ELSE p.requester_community_id END
           -- The deciding side: a community here, or a remote one by its actor URI (federation).
           LEFT JOIN community b ON b.id::text = $2
           LEFT JOIN federation_actor fa ON fa.uri = $2
          WHERE p.id = $1 AND coalesce(b.name, fa.name) IS NOT NULL`,
            [partnershipId, byCommunityId],
          );
        if (!other) return;
        const leaders: { account_id: string }[] = await this.db.query(
          `SELECT account_id FROM membership
          WHERE community_id = $1 AND status = 'active' AND role IN ('builder', 'admin')`,
          [other.id],
        );
        await this.notifications.notify({
          accountIds: leaders.map((l) => l.account_id),
          communityId: other.id,
          kind: 'sharing_partnership',
          data: { partner: other.by, community: other.name, state },
          link: `/c/${other.slug}/partenariats`,
        });
      },
    );

    this.events.on('sharing.claim.decided', async ({ claimId, decision }) => {
      const claim = await this.offers.claimRow(claimId);
      if (!claim?.claimant_account_id || !claim.claimant_community_id) return;
      const [community]: { slug: string }[] = await this.db.query(
        `SELECT slug FROM community WHERE id = $1`,
        [claim.claimant_community_id],
      );
      if (!community) return;
      await this.notifications.notify({
        accountIds: [claim.claimant_account_id],
        communityId: claim.claimant_community_id,
        kind:
          decision === 'handed_over'
            ? 'sharing_claim_confirmed'
            : decision === 'cancelled'
              ? 'sharing_claim_cancelled'
              : 'sharing_claim_answered',
        data: {
          partner: claim.offering_community_name,
          title: claim.offer_title,
          dueOn: claim.due_on ?? '',
          granted: String(decision === 'granted'),
          reason: claim.refused_reason ?? '',
        },
        link: `/c/${community.slug}/partenaires/${claim.offer_id}`,
      });
    });
  }
}
