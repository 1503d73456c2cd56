import { Inject, Logger, OnModuleInit } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  APP_CONFIG,
  DomainEvents,
  isUuid,
  Public,
  ViewerSource,
  type AppConfig,
  type Viewer,
} from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import {
  rooms,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type SubscribeAck,
} from '@palier/shared';
import { parse as parseCookies } from 'cookie';
import type { Server, Socket } from 'socket.io';
import { NotificationsService } from './notifications.service';

/** The events a client may send (ClientToServerEvents); anything else is ignored and logged. */
const CLIENT_EVENTS = new Set(['community:follow', 'community:unfollow']);

type PalierSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { viewer?: Viewer }
>;

/**
 * The one socket.io gateway. A socket is authenticated by the same session cookie as GraphQL; it
 * joins its member's room and its session's room at once, and a community's room on request
 * (members only; visitors get the community's public room). Domain events become messages to
 * rooms; with REDIS_URL the rooms span every API process.
 */
@Public()
@WebSocketGateway({ path: '/socket.io', serveClient: false, cors: { origin: false } })
export class RealtimeGateway implements OnGatewayInit, OnModuleInit {
  private readonly logger = new Logger('Realtime');

  @WebSocketServer()
  server: Server<ClientToServerEvents, ServerToClientEvents>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly viewers: ViewerSource,
    private readonly communities: CommunityService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('notifications.created', ({ items }) => {
      for (const { accountId, notification } of items) {
        void this.notifications
          .unreadCount(accountId)
          .then((unreadCount) =>
            this.server
              .to(rooms.user(accountId))
              .emit('notification:new', { notification, unreadCount }),
          )
          // A database gone (shutdown) must not become an unhandled rejection that kills the process.
          .catch((error: Error) => this.logger.warn(`Unread count not sent: ${error.message}`));
      }
    });
    this.events.on('notifications.read', async ({ accountId }) => {
      const unreadCount = await this.notifications.unreadCount(accountId);
      this.server.to(rooms.user(accountId)).emit('notification:count', { unreadCount });
    });
    this.events.on('news.published', ({ communityId, newsId, title }) => {
      this.server
        .to([rooms.community(communityId), rooms.communityPublic(communityId)])
        .emit('community:news', { communityId, newsId, title });
    });
    this.events.on('sessions.revoked', ({ sessionIds }) => {
      for (const id of sessionIds) this.server.in(rooms.session(id)).disconnectSockets(true);
    });
  }

  /**
   * Every socket goes through this before it is connected: a foreign origin is refused, and a
   * logged-in member's socket is in its rooms by the time the client hears "connect".
   */
  afterInit(server: Server): void {
    server.use((socket, next) => {
      this.authenticate(socket as PalierSocket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
  }

  private async authenticate(socket: PalierSocket): Promise<void> {
    const origin = socket.handshake.headers.origin;
    const host = socket.handshake.headers.host;
    if (
      origin &&
      origin !== new URL(this.config.publicUrl).origin &&
      new URL(origin).host !== host
    ) {
      this.logger.warn(`Socket refused: foreign origin ${origin}`);
      throw new Error('FORBIDDEN');
    }
    socket.onAny((event: string) => {
      if (!CLIENT_EVENTS.has(event))
        this.logger.warn(`Socket ${socket.id}: unknown event "${event.slice(0, 40)}" ignored`);
    });
    const cookies = parseCookies(socket.handshake.headers.cookie ?? '');
    const viewer = await this.viewers.viewerOf({ cookies, headers: socket.handshake.headers });
    if (viewer) {
      socket.data.viewer = viewer;
      await socket.join([rooms.user(viewer.accountId), rooms.session(viewer.sessionId)]);
    }
  }

  @SubscribeMessage('community:follow')
  async follow(
    @ConnectedSocket() socket: PalierSocket,
    @MessageBody() communityId: unknown,
  ): Promise<SubscribeAck> {
    if (!isUuid(communityId)) {
      this.logger.warn(`Socket ${socket.id}: malformed community:follow`);
      return { ok: false, error: 'BAD_USER_INPUT' };
    }
    const viewer = socket.data.viewer;
    const membership = viewer
      ? await this.viewers.membershipOf(viewer.accountId, communityId)
      : undefined;
    if (membership) {
      await socket.join(rooms.community(communityId));
      return { ok: true };
    }
    const exists = await this.communities.getById(communityId).then(
      () => true,
      () => false,
    );
    if (!exists) return { ok: false, error: 'FORBIDDEN' };
    await socket.join(rooms.communityPublic(communityId));
    return { ok: true };
  }

  @SubscribeMessage('community:unfollow')
  async unfollow(
    @ConnectedSocket() socket: PalierSocket,
    @MessageBody() communityId: unknown,
  ): Promise<void> {
    if (!isUuid(communityId)) return;
    await socket.leave(rooms.community(communityId));
    await socket.leave(rooms.communityPublic(communityId));
  }
}
