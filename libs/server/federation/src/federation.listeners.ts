import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { OffersService } from '@palier/server-sharing';
import { FederationService } from './federation.service';

/**
 * After the commit: a partnership answered or ended here is told to the remote community; our
 * offers' changes go to remote partners; our members' claims of remote offers go to their server;
 * the public posts of a community are pushed to its fediverse followers.
 */
@Injectable()
export class FederationListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly federation: FederationService,
    private readonly offers: OffersService,
  ) {}

  onModuleInit(): void {
    const { offers } = this.federation;
    this.events.on(
      'sharing.partnership.changed',
      async ({ partnershipId, byCommunityId, state }) => {
        // Only what our side decided: the remote side's own moves (by its actor URI) came from it.
        if (!byCommunityId.includes(':'))
          await this.federation.partnershipChanged(partnershipId, state);
        if (state === 'accepted') await offers.partnershipStarted(partnershipId);
      },
    );
    const followers = this.federation.followers;
    this.events.on('feed.post.published', async ({ postId, visibility }) => {
      if (visibility === 'public') await followers.postChanged(postId);
    });
    this.events.on('feed.post.changed', async ({ postId, visibility }) => {
      if (visibility === 'public') await followers.postChanged(postId);
    });
    this.events.on('feed.post.removed', async ({ postId, visibility }) => {
      if (visibility === 'public') await followers.retract(postId);
    });
    this.events.on('sharing.offer.published', async ({ offerId, offeringCommunityId }) => {
      if (offeringCommunityId) await offers.publish(offerId, true);
    });
    this.events.on('sharing.offer.changed', ({ offerId }) => offers.publish(offerId, false));
    this.events.on('sharing.offer.remaining', async ({ offerId, offeringCommunityId }) => {
      if (offeringCommunityId) await offers.publish(offerId, false);
    });
    this.events.on('sharing.claim.sent', ({ claimId }) => offers.sendJoin(claimId));
    this.events.on('sharing.claim.withdrawn', ({ claimId }) => offers.sendUndoJoin(claimId));
    this.events.on('sharing.claim.decided', async ({ claimId, decision }) => {
      if (decision !== 'cancelled') return;
      const claim = await this.offers.claimRow(claimId);
      if (claim?.claimant_actor_uri && claim.offering_community_id)
        await offers.claimCancelled(claimId);
    });
  }
}
