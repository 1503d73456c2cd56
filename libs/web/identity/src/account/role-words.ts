import type { MyMembership } from '@palier/web-session';

/** The translation key of a membership's state or role ("Membre", "Demande en attente"). */
export function membershipWordKey(membership: Pick<MyMembership, 'status' | 'role'>) {
  switch (membership.status) {
    case 'active':
      return `roles.${membership.role}` as const;
    case 'pending':
      return 'statuses.pending' as const;
    case 'declined':
      return 'statuses.declined' as const;
    default:
      return 'statuses.suspended' as const;
  }
}
