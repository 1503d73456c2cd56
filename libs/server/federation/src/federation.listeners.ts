import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { FederationService } from './federation.service';

/** After the commit: a partnership answered or ended here is told to the remote community. */
@Injectable()
export class FederationListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly federation: FederationService,
  ) {}

  onModuleInit(): void {
    this.events.on(
      'sharing.partnership.changed',
      async ({ partnershipId, byCommunityId, state }) => {
        // Only what our side decided: the remote side's own moves (by its actor URI) came from it.
        if (!byCommunityId.includes(':'))
          await this.federation.partnershipChanged(partnershipId, state);
      },
    );
  }
}
