import type { CommunityRole } from '@palier/server-core';
import type { PostVisibility } from '@palier/shared';

/** Who is looking at the feed of one community: a member (with their role) or not. */
export interface FeedViewer {
  /** Null for a visitor who is not logged in. */
  accountId: string | null;
  /** The viewer's active role in the post's community; null when not a member. */
  role: CommunityRole | null;
}

/** The roles that moderate a community (see hidden items, decide on reports, lock comments). */
export const MODERATOR_ROLES: readonly CommunityRole[] = ['builder', 'admin'];
/** The roles that may pin announcements on top of the feed. */
export const PIN_ROLES: readonly CommunityRole[] = ['staff', 'builder', 'admin'];

export const isModerator = (viewer: FeedViewer) =>
  viewer.role !== null && MODERATOR_ROLES.includes(viewer.role);

interface PostAudience {
  visibility: PostVisibility;
  authorAccountId: string | null;
  hiddenAt: Date | null;
}

/**
 * THE visibility rule of a post (and of its photos, comments and reactions). Visitors and people
 * of other communities see public posts only; members see every post of their community; a post
 * hidden by moderation stays visible only to its author and the community's moderators.
 * `visiblePostsSql` below is the same rule for lists: change both together (the integration tests
 * check each against visitors, members of another community, members, authors and builders).
 */
export function canSeePost(viewer: FeedViewer, post: PostAudience): boolean {
  if (viewer.role === null && post.visibility !== 'public') return false;
  if (post.hiddenAt === null) return true;
  return (
    isModerator(viewer) || (viewer.accountId !== null && viewer.accountId === post.authorAccountId)
  );
}

/**
 * The SQL condition of {@link canSeePost} on a `feed_post` aliased `alias`, with the viewer's
 * account id bound as parameter `$accountParam` (null for a visitor).
 */
export function visiblePostsSql(viewer: FeedViewer, alias: string, accountParam: number): string {
  const audience = viewer.role === null ? `${alias}.visibility = 'public'` : 'true';
  const hidden = isModerator(viewer)
    ? 'true'
    : `(${alias}.hidden_at IS NULL OR ${alias}.author_account_id = $${accountParam}::uuid)`;
  return `(${audience} AND ${hidden})`;
}

/**
 * Whether the viewer may publish a post visible on the public sas: their role must be one the
 * community allows, and a child under 15 (an account opened by a parent) never does — their
 * posts stay among members.
 */
export function mayPublishPublicly(
  viewer: FeedViewer,
  allowedRoles: readonly string[],
  underDigitalMajority: boolean,
): boolean {
  return !underDigitalMajority && viewer.role !== null && allowedRoles.includes(viewer.role);
}
