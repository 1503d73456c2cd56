import type { ApolloClient } from '@apollo/client';
import type { ClientToServerEvents, ServerToClientEvents } from '@palier/shared';
import { io, type Socket } from 'socket.io-client';
import { UnreadNotificationCountDocument } from './generated/graphql';

export type RealtimeStatus = 'connecting' | 'online' | 'reconnecting';

/**
 * The one socket of the web app. It connects once (with the session cookie), reconnects with a
 * growing, jittered delay, and turns server messages into Apollo cache updates — pages never
 * poll. Its status feeds the discreet "reconnecting" notice.
 */
export class Realtime {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private status: RealtimeStatus = 'connecting';
  private readonly listeners = new Set<() => void>();
  private readonly followed = new Map<string, number>();

  constructor(private readonly client: ApolloClient) {
    this.socket = io({
      path: '/socket.io',
      transports: ['websocket', 'polling'],
      withCredentials: true,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 30_000,
      randomizationFactor: 0.5,
    });
    this.socket.on('connect', () => {
      this.setStatus('online');
      for (const id of this.followed.keys())
        this.socket.emit('community:follow', id, () => undefined);
    });
    this.socket.on('disconnect', () => this.setStatus('reconnecting'));
    this.socket.io.on('reconnect_attempt', () => this.setStatus('reconnecting'));
    this.socket.on('notification:new', ({ unreadCount }) => {
      this.writeUnreadCount(unreadCount);
      this.client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
      this.client.cache.gc();
    });
    this.socket.on('notification:count', ({ unreadCount }) => this.writeUnreadCount(unreadCount));
    this.socket.on('community:news', ({ communityId }) => {
      this.client.cache.evict({
        id: this.client.cache.identify({ __typename: 'Community', id: communityId }),
        fieldName: 'news',
      });
      this.client.cache.gc();
    });
  }

  private writeUnreadCount(unreadNotificationCount: number): void {
    this.client.cache.writeQuery({
      query: UnreadNotificationCountDocument,
      data: { unreadNotificationCount },
    });
  }

  private setStatus(status: RealtimeStatus): void {
    this.status = status;
    this.listeners.forEach((l) => l());
  }

  getStatus = (): RealtimeStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Follows a community's live updates while at least one page asks for it. */
  follow(communityId: string): () => void {
    const count = this.followed.get(communityId) ?? 0;
    this.followed.set(communityId, count + 1);
    if (count === 0 && this.socket.connected)
      this.socket.emit('community:follow', communityId, () => undefined);
    return () => {
      const left = (this.followed.get(communityId) ?? 1) - 1;
      if (left > 0) {
        this.followed.set(communityId, left);
      } else {
        this.followed.delete(communityId);
        this.socket.emit('community:unfollow', communityId);
      }
    };
  }

  /** After logging in or out: a new connection carries the new session cookie. */
  reconnect(): void {
    this.socket.disconnect();
    this.socket.connect();
  }
}
