/**
 * The socket.io event map, shared by the API gateway and the web client: the names and payloads
 * of every real-time message. Nothing else goes over the socket.
 */
export interface RealtimeNotification {
  id: string;
  kind: string;
  text: string;
  link: string;
  createdAt: string;
}

export interface ServerToClientEvents {
  /** A new notification for the connected member, with their new unread count. */
  'notification:new': (payload: {
    notification: RealtimeNotification;
    unreadCount: number;
  }) => void;
  /** The member's unread count changed (read elsewhere, e.g. on another device). */
  'notification:count': (payload: { unreadCount: number }) => void;
  /** A public announcement was published in a community the socket follows. */
  'community:news': (payload: { communityId: string; newsId: string; title: string }) => void;
  /** The free slots of these services changed (a booking, a cancellation): refresh them. */
  'booking:slots': (payload: { communityId: string; serviceIds: string[] }) => void;
  /** A post was published in a community the socket follows (members' posts: members only). */
  'feed:post-new': (payload: FeedPostEvent) => void;
  /** A post changed (edited, commented, reacted to, pinned…): read it again if it is shown. */
  'feed:post-changed': (payload: FeedPostEvent) => void;
  /**
   * A post was hidden by moderation or deleted: it disappears, except for its author and the
   * community's builders, who read it again (it stays visible to them, marked hidden).
   */
  'feed:post-removed': (payload: FeedPostEvent & { deleted: boolean }) => void;
  /** The units left of a shared offer changed (a claim, a cancellation): show the new count. */
  'sharing:offer-remaining': (payload: { offerId: string; remaining: number }) => void;
  /**
   * One of my claims changed without me (a partner on another server granted or refused it, or
   * cancelled it): read it again. Sent to the claimant only.
   */
  'sharing:claim-changed': (payload: { offerId: string; claimId: string }) => void;
  /**
   * An idea changed (new, supported, commented, answered…) or, when `removed`, was hidden by
   * moderation or merged: read it again (members no longer see a hidden idea).
   */
  'ideas:changed': (payload: { communityId: string; ideaId: string; removed: boolean }) => void;
  /** A poll's results changed (a ballot, a closing): read them again if it is shown. */
  'polls:results': (payload: { communityId: string; pollId: string }) => void;
}

/** Which post an event is about; never its content (the client reads it through the API). */
export interface FeedPostEvent {
  communityId: string;
  postId: string;
  /** The author's account, so a client can skip the posts of members it muted (null: former member). */
  authorId: string | null;
}

export type SubscribeAck = { ok: true } | { ok: false; error: 'FORBIDDEN' | 'BAD_USER_INPUT' };

export interface ClientToServerEvents {
  /** Follow a community's live updates: members get its members room, visitors its public one. */
  'community:follow': (communityId: string, ack: (result: SubscribeAck) => void) => void;
  'community:unfollow': (communityId: string) => void;
}

/** Room names: one per member, one per community (members) and one public per community. */
export const rooms = {
  user: (accountId: string) => `user:${accountId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  community: (communityId: string) => `community:${communityId}`,
  communityPublic: (communityId: string) => `community:${communityId}:public`,
};
