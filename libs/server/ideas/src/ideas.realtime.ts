import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { RealtimeGateway } from '@palier/server-notifications';
import { rooms } from '@palier/shared';

/**
 * Live idea box: the id of an idea that changed (new, supported, commented, answered, hidden…)
 * goes to its community's members room — never its content: clients read it again through the
 * API, where the visibility rule applies (a hidden idea disappears for members).
 */
@Injectable()
export class IdeasRealtime implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly gateway: RealtimeGateway,
  ) {}

  onModuleInit(): void {
    this.events.on('ideas.changed', (e) => {
      this.gateway.server.to(rooms.community(e.communityId)).emit('ideas:changed', {
        communityId: e.communityId,
        ideaId: e.ideaId,
        removed: e.removed,
      });
    });
  }
}
