import type { DomainEvent } from '@palier/server-core';
import { REACTION_EMOJI, type Locale, type Reaction } from '@palier/shared';
import { AuthorDto, PostDto } from './dto/post.dto';
import { PostVisibilityEnum, ReactionEnum } from './feed.enums';
import { contributorOf } from '@palier/server-moderation';
import { isModerator, PIN_ROLES, type FeedViewer } from './feed.policy';

/**
 * The columns of a post row as every read selects them (`p` = feed_post, `a` = its author), its
 * photos and reaction counts included (as JSON), so that a page of posts is one query whatever
 * its size. `accountParam` is the parameter holding the reader's account id (for "mine").
 */
export const postColumns = (accountParam: number) => `p.id, p.community_id, p.author_account_id,
  a.display_name AS author_name, p.body, p.content_warning, p.visibility, p.created_at,
  p.created_at::text AS cursor_at, p.edited_at, p.pinned_at, p.comments_locked, p.hidden_at, p.hidden_reason,
  coalesce((SELECT json_agg(json_build_object('id', ph.id, 'alt', ph.alt, 'width', ph.width, 'height', ph.height,
      'thumb_width', ph.thumb_width, 'thumb_height', ph.thumb_height) ORDER BY ph.position)
    FROM feed_photo ph WHERE ph.post_id = p.id), '[]') AS photos,
  coalesce((SELECT json_agg(json_build_object('reaction', r.reaction, 'count', r.n, 'mine', r.mine) ORDER BY r.n DESC, r.reaction)
    FROM (SELECT reaction, count(*)::int AS n, coalesce(bool_or(account_id = $${accountParam}::uuid), false) AS mine
            FROM feed_reaction WHERE post_id = p.id GROUP BY reaction) r), '[]') AS reactions`;

/** Where post rows come from: the post and its author (who may be gone). */
export const POST_FROM = `feed_post p LEFT JOIN account a ON a.id = p.author_account_id`;

export interface PostRow {
  id: string;
  community_id: string;
  author_account_id: string | null;
  author_name: string | null;
  body: string;
  content_warning: string | null;
  visibility: PostVisibilityEnum;
  created_at: Date;
  cursor_at: string;
  edited_at: Date | null;
  pinned_at: Date | null;
  comments_locked: boolean;
  hidden_at: Date | null;
  hidden_reason: string | null;
  photos: {
    id: string;
    alt: string;
    width: number;
    height: number;
    thumb_width: number;
    thumb_height: number;
  }[];
  reactions: { reaction: Reaction; count: number; mine: boolean }[];
}

/** A reader of the feed: who they are, their role in the community, their language. */
export interface FeedReader extends FeedViewer {
  locale: Locale;
}

export function authorOf(id: string | null, name: string | null, locale: Locale): AuthorDto {
  return contributorOf(id, name, locale);
}

export const photoUrl = (id: string, size: 'large' | 'thumb') => `/media/photos/${id}/${size}`;

/** Turns post rows (with their photos and reactions) into DTOs for this reader. */
export function toPosts(reader: FeedReader, rows: PostRow[]): PostDto[] {
  const moderator = isModerator(reader);
  return rows.map((r) => {
    const mine = reader.accountId !== null && r.author_account_id === reader.accountId;
    return {
      id: r.id,
      communityId: r.community_id,
      author: authorOf(r.author_account_id, r.author_name, reader.locale),
      body: r.body,
      contentWarning: r.content_warning,
      visibility: r.visibility,
      createdAt: new Date(r.created_at),
      editedAt: r.edited_at ? new Date(r.edited_at) : null,
      pinned: r.pinned_at !== null,
      commentsLocked: r.comments_locked,
      hidden: r.hidden_at !== null,
      hiddenReason: mine || moderator ? r.hidden_reason : null,
      photos: r.photos.map((p) => ({
        id: p.id,
        url: photoUrl(p.id, 'large'),
        thumbnailUrl: photoUrl(p.id, 'thumb'),
        width: p.width,
        height: p.height,
        thumbnailWidth: p.thumb_width,
        thumbnailHeight: p.thumb_height,
        alt: p.alt,
      })),
      reactions: r.reactions.map((x) => ({
        reaction: x.reaction as ReactionEnum,
        emoji: REACTION_EMOJI[x.reaction],
        count: x.count,
        mine: x.mine,
      })),
      mine,
      mayModerate: moderator,
      mayPin: reader.role !== null && PIN_ROLES.includes(reader.role),
    };
  });
}

/** The event announcing that a post changed (edited, commented, reacted to, pinned…). */
export const postChanged = (
  row: Pick<PostRow, 'id' | 'community_id' | 'author_account_id' | 'visibility'>,
): DomainEvent => ({
  type: 'feed.post.changed',
  payload: {
    communityId: row.community_id,
    postId: row.id,
    authorId: row.author_account_id,
    visibility: row.visibility,
  },
});
