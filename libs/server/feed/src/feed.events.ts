import type { PostVisibility } from '@palier/shared';

/** Domain events of the feed (published after their transaction commits). */
declare module '@palier/server-core' {
  interface DomainEventMap {
    'feed.post.published': {
      communityId: string;
      postId: string;
      authorId: string;
      authorName: string;
      visibility: PostVisibility;
      mentionedIds: string[];
    };
    'feed.post.changed': {
      communityId: string;
      postId: string;
      authorId: string | null;
      /** Its visibility now (a post made members-only is no longer announced publicly). */
      visibility: PostVisibility;
    };
    'feed.post.removed': {
      communityId: string;
      postId: string;
      authorId: string | null;
      visibility: PostVisibility;
      deleted: boolean;
    };
    'feed.comment.added': {
      communityId: string;
      postId: string;
      commentId: string;
      authorId: string;
      authorName: string;
      mentionedIds: string[];
    };
  }
}

export {};
