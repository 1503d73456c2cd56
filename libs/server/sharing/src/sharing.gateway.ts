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
 * Only the offer's id and count travel; pages read the rest through the API.
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
        this.server
          .to([offeringCommunityId, ...audience].map((id) => rooms.community(id)))
          .emit('sharing:offer-remaining', { offerId, remaining });
      },
    );
  }
}
