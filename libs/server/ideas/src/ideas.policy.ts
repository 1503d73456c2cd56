import type { CommunityRole } from '@palier/server-core';
import type { Locale } from '@palier/shared';

/** Who reads the idea box: a member of the community (with their role) and their language. */
export interface IdeaReader {
  accountId: string;
  role: CommunityRole;
  locale: Locale;
}

/** The roles that answer ideas, change their status, merge them and keep the categories. */
export const IDEA_STAFF_ROLES: readonly CommunityRole[] = ['staff', 'builder', 'admin'];
/** The roles that moderate (see hidden ideas and comments). */
export const IDEA_MODERATOR_ROLES: readonly CommunityRole[] = ['builder', 'admin'];

export const isIdeaStaff = (r: IdeaReader) => IDEA_STAFF_ROLES.includes(r.role);
export const isIdeaModerator = (r: IdeaReader) => IDEA_MODERATOR_ROLES.includes(r.role);

/**
 * THE visibility rule of an idea (alias `alias`), with the reader's account id as `$accountParam`:
 * members of its community see it; one hidden by moderation stays visible only to its author and
 * the moderators. The community condition is the caller's (every query has one).
 */
export function visibleIdeasSql(reader: IdeaReader, alias: string, accountParam: number): string {
  return isIdeaModerator(reader)
    ? 'true'
    : `(${alias}.hidden_at IS NULL OR ${alias}.author_account_id = $${accountParam}::uuid)`;
}

/** The French name of each status, for messages. */
export const STATUS_FR: Record<string, string> = {
  submitted: 'proposée',
  under_study: 'à l’étude',
  accepted: 'acceptée',
  declined: 'non retenue',
  in_progress: 'en cours',
  done: 'réalisée',
};
