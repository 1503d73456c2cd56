import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { RealtimeGateway } from '@palier/server-notifications';
import { rooms } from '@palier/shared';
import './polls.events';

/**
 * Live results: the id of a poll whose results changed goes to the community's members room.
 * Never the counts: clients read them through the API, where the visibility rule applies.
 */
@Injectable()
export class PollsRealtime implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly gateway: RealtimeGateway,
  ) {}

  onModuleInit(): void {
    this.events.on('polls.results_changed', ({ communityId, pollId }) => {
      this.gateway.server.to(rooms.community(communityId)).emit('polls:results', {
        communityId,
        pollId,
      });
    });
  }
}
