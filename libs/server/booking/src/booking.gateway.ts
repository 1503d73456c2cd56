import { OnModuleInit } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { DomainEvents, Public } from '@palier/server-core';
import { rooms, type ClientToServerEvents, type ServerToClientEvents } from '@palier/shared';
import type { Server } from 'socket.io';
import './booking.events';

/**
 * Live slots: when a booking or a cancellation changes the slots of services, every socket that
 * follows the community hears it and refreshes them. It shares the one socket.io server (same
 * path) with the notifications gateway, which authenticates sockets and manages their rooms.
 */
@Public()
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: { origin: false } })
export class BookingGateway implements OnModuleInit {
  @WebSocketServer()
  server: Server<ClientToServerEvents, ServerToClientEvents>;

  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.on('booking.slots_changed', ({ communityId, serviceIds }) => {
      this.server
        .to([rooms.community(communityId), rooms.communityPublic(communityId)])
        .emit('booking:slots', { communityId, serviceIds });
    });
  }
}
