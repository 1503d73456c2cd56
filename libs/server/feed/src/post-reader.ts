import type { DomainEvent } from '@palier/server-core';
import { isLocale, REACTION_EMOJI, type Locale, type Reaction } from '@palier/shared';
import type { EntityManager } from 'typeorm';
import { AuthorDto, PhotoDto, PostDto, ReactionCountDto } from './dto/post.dto';
import { PostVisibilityEnum, ReactionEnum } from './feed.enums';
import { FORMER_MEMBER } from './feed-texts';
import { isModerator, PIN_ROLES, type FeedViewer } from './feed.policy';

/** The columns of a post row as every read selects them (`p` = feed_post, `a` = its author). */
export const POST_COLUMNS = `p.id, p.community_id, p.author_account_id, a.display_name AS author_name,
  p.body, p.content_warning, p.visibility, p.created_at, p.created_at::text AS cursor_at, p.edited_at,
  p.pinned_at, p.comments_locked, p.hidden_at, p.hidden_reason`;

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
}

/** A reader of the feed: who they are, their role in the community, their language. */
export interface FeedReader extends FeedViewer {
  locale: Locale;
}

export function authorOf(id: string | null, name: string | null, locale: Locale): AuthorDto {
  return id && name
    ? { id, displayName: name, formerMember: false }
    : {
        id: null,
        displayName: FORMER_MEMBER[isLocale(locale) ? locale : 'fr'],
        formerMember: true,
      };
}

export const photoUrl = (id: string, size: 'large' | 'thumb') => `/media/photos/${id}/${size}`;

/**
 * Turns post rows into DTOs with their photos and reaction counts in two queries, whatever the
 * number of posts (the feed's number of SQL queries per page does not grow with its size).
 */
export async function completePosts(
  manager: EntityManager,
  reader: FeedReader,
  rows: PostRow[],
): Promise<PostDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const photos: {
    id: string;
    post_id: string;
    alt: string;
    width: number;
    height: number;
    thumb_width: number;
    thumb_height: number;
  }[] = await manager.query(
    `SELECT id, post_id, alt, width, height, thumb_width, thumb_height FROM feed_photo
      WHERE post_id = ANY($1::uuid[]) ORDER BY post_id, position`,
    [ids],
  );
  const reactions: { post_id: string; reaction: Reaction; count: number; mine: boolean }[] =
    await manager.query(
      `SELECT post_id, reaction, count(*)::int AS count, coalesce(bool_or(account_id = $2::uuid), false) AS mine
         FROM feed_reaction WHERE post_id = ANY($1::uuid[]) GROUP BY post_id, reaction
        ORDER BY post_id, count(*) DESC, reaction`,
      [ids, reader.accountId],
    );
  const photosOf = new Map<string, PhotoDto[]>();
  for (const p of photos) {
    const list = photosOf.get(p.post_id) ?? [];
    list.push({
      id: p.id,
      url: photoUrl(p.id, 'large'),
      thumbnailUrl: photoUrl(p.id, 'thumb'),
      width: p.width,
      height: p.height,
      thumbnailWidth: p.thumb_width,
      thumbnailHeight: p.thumb_height,
      alt: p.alt,
    });
    photosOf.set(p.post_id, list);
  }
  const reactionsOf = new Map<string, ReactionCountDto[]>();
  for (const r of reactions) {
    const list = reactionsOf.get(r.post_id) ?? [];
    list.push({
      reaction: r.reaction as ReactionEnum,
      emoji: REACTION_EMOJI[r.reaction],
      count: r.count,
      mine: r.mine,
    });
    reactionsOf.set(r.post_id, list);
  }
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
      photos: photosOf.get(r.id) ?? [],
      reactions: reactionsOf.get(r.id) ?? [],
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
