import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'palier:access';

/** The roles a member can hold in a community. */
export const COMMUNITY_ROLES = ['resident', 'staff', 'builder', 'admin'] as const;
export type CommunityRole = (typeof COMMUNITY_ROLES)[number];

/**
 * Who may call a resolver field or an HTTP route. Every one must declare it: the access guard
 * refuses undeclared handlers, and a test lists any that slipped through.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'server-admin' }
  | { kind: 'community'; roles: readonly CommunityRole[] };

/** Anyone, even a visitor who is not logged in. Use it knowingly: the data becomes public. */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Any logged-in account, whatever its communities. */
export const SignedIn = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'signed-in' } satisfies AccessRule);

/** An administrator of the whole server (creates communities). */
export const ServerAdmin = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'server-admin' } satisfies AccessRule);

/**
 * An active member of the community named by the field's `communityId` argument, holding one of
 * the given roles (any role when none is given). The membership is then in the request context.
 */
export const MemberOf = (...roles: CommunityRole[]) =>
  SetMetadata(ACCESS_METADATA, {
    kind: 'community',
    roles: roles.length ? roles : COMMUNITY_ROLES,
  } satisfies AccessRule);
