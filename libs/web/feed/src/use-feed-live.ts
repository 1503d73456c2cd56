import { useApolloClient } from '@apollo/client/react';
import { PostDocument, useFollowCommunity, useRealtime } from '@palier/web-data-access';
import type { FeedPostEvent } from '@palier/shared';
import { useEffect, useRef } from 'react';

export interface FeedLiveHandlers {
  /** A post was published (its id only: the page decides what to say). */
  onNew?: (event: FeedPostEvent) => void;
  /** A post was hidden or deleted: it should disappear (unless the viewer may still see it). */
  onRemoved?: (event: FeedPostEvent & { deleted: boolean }) => void;
}

/**
 * Live updates of a community's feed while the page is shown. Changed posts that are in the
 * Apollo cache are read again (the API applies the visibility rule); new and removed posts are
 * handed to the page.
 */
export function useFeedLive(communityId: string | undefined, handlers: FeedLiveHandlers): void {
  const realtime = useRealtime();
  const client = useApolloClient();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useFollowCommunity(communityId);
  useEffect(() => {
    if (!realtime || !communityId) return undefined;
    const socket = realtime.socket;
    const refresh = (postId: string) => {
      const cached = client.cache.identify({ __typename: 'Post', id: postId });
      if (cached && (client.cache.extract() as Record<string, unknown>)[cached])
        void client
          .query({
            query: PostDocument,
            variables: { communityId, postId },
            fetchPolicy: 'network-only',
          })
          .catch(() => undefined);
    };
    const onNew = (e: FeedPostEvent) => {
      if (e.communityId === communityId) latest.current.onNew?.(e);
    };
    const onChanged = (e: FeedPostEvent) => {
      if (e.communityId === communityId) refresh(e.postId);
    };
    const onRemoved = (e: FeedPostEvent & { deleted: boolean }) => {
      if (e.communityId === communityId) latest.current.onRemoved?.(e);
    };
    socket.on('feed:post-new', onNew);
    socket.on('feed:post-changed', onChanged);
    socket.on('feed:post-removed', onRemoved);
    return () => {
      socket.off('feed:post-new', onNew);
      socket.off('feed:post-changed', onChanged);
      socket.off('feed:post-removed', onRemoved);
    };
  }, [realtime, client, communityId]);
}
