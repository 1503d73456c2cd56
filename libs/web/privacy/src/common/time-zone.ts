import type { MyMembership } from '@palier/web-session';

/** The time zone of the person's screen, or the French one. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
}

/**
 * The clock a time is told in: the centre's when it belongs to one (by name, as the API gives it),
 * else the person's first centre's, else the screen's.
 */
export function timeZoneOf(memberships: readonly MyMembership[], communityName?: string | null) {
  const centre =
    memberships.find((m) => m.community.name === communityName) ?? memberships[0] ?? null;
  return centre?.community.timeZone ?? browserTimeZone();
}
