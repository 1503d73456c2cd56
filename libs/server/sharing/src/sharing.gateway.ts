import { OnModuleInit } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { DomainEvents, Public } from '@palier/server-core';
import { rooms, type ClientToServerEvents, type ServerToClientEvents } from '@palier/shared';
import type { Server } from 'socket.io';
import { OffersService } from './offers.service';
import './sharing.events';

/**
 * Live counts: when a claim or a cancellation changes what is left of an offer, the members'
 * rooms of the offering community and of every partner that sees the offer hear the new count.
 * Only the offer's id and count travel; pages read the rest through the API. A member whose
 * claim of an offer of another server is answered hears it in their own room.
 */
@Public()
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: { origin: false } })
export class SharingGateway implements OnModuleInit {
  @WebSocketServer()
  server: Server<ClientToServerEvents, ServerToClientEvents>;

  constructor(
    private readonly events: DomainEvents,
    private readonly offers: OffersService,
  ) {}

  onModuleInit(): void {
    this.events.on(
      'sharing.offer.remaining',
      async ({ offerId, offeringCommunityId, remaining }) => {
        const audience = await this.offers.audienceCommunities(offerId);
        const communities = offeringCommunityId ? [offeringCommunityId, ...audience] : audience;
        if (!communities.length) return;
        this.server
          .to(communities.map((id) => rooms.community(id)))
          .emit('sharing:offer-remaining', { offerId, remaining });
      },
    );
    // A partner on another server answered (or cancelled) a member's claim: the member sees it.
    this.events.on('sharing.claim.decided', async ({ claimId }) => {
      const claim = await this.offers.claimRow(claimId);
      if (!claim?.claimant_account_id || claim.offering_community_id) return;
      this.server
        .to(rooms.user(claim.claimant_account_id))
        .emit('sharing:claim-changed', { offerId: claim.offer_id, claimId });
    });
  }
}
