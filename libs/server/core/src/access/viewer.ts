import type { Locale } from '@palier/shared';
import type { CommunityRole } from './access.decorators';

/** The logged-in person behind a request. */
export interface Viewer {
  accountId: string;
  sessionId: string;
  displayName: string;
  locale: Locale;
  isServerAdmin: boolean;
}

/** The viewer's active membership in the community a request is about. */
export interface ViewerMembership {
  membershipId: string;
  communityId: string;
  role: CommunityRole;
}

/**
 * How the access guard learns who is calling: implemented by the identity module (core does not
 * know about accounts or sessions).
 */
export abstract class ViewerSource {
  /** The viewer of this request (from its session cookie), or undefined for a visitor. */
  abstract viewerOf(request: unknown): Promise<Viewer | undefined>;
  /** The viewer of this request and all their active memberships (what the access guard uses). */
  abstract signedInOf(
    request: unknown,
  ): Promise<{ viewer: Viewer; memberships: ViewerMembership[] } | undefined>;
  /** The viewer's active membership in a community, or undefined. */
  abstract membershipOf(
    accountId: string,
    communityId: string,
  ): Promise<ViewerMembership | undefined>;
}

declare module '../index' {
  interface DomainEventMap {
    /**
     * What the access guard knows of these accounts changed (memberships, roles, name, language,
     * status): whatever a process remembers of their viewers must be read again. Sessions that
     * end are announced by `sessions.revoked`.
     */
    'viewer.changed': { accountIds: string[] };
  }
}
