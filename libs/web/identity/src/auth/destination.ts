import type { Me } from '@palier/web-session';

/**
 * Where to go after logging in without a page to come back to: the space of one's only community,
 * else the account page, which lists them all.
 */
export function homeOf(me: Pick<Me, 'memberships'> | null | undefined): string {
  const memberships = me?.memberships ?? [];
  const only = memberships.length === 1 ? memberships[0] : undefined;
  return only ? `/c/${encodeURIComponent(only.community.slug)}/espace` : '/compte';
}
