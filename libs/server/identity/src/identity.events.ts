/** The domain events of the identity module (published after their transaction commits). */
declare module '@palier/server-core' {
  interface DomainEventMap {
    'membership.requested': {
      communityId: string;
      membershipId: string;
      accountId: string;
      displayName: string;
    };
    'membership.decided': {
      communityId: string;
      membershipId: string;
      accountId: string;
      admitted: boolean;
      message: string | null;
    };
    'household.invited': {
      invitationId: string;
      accountId: string;
      householdName: string;
      invitedByName: string;
    };
    /** Sessions ended (log out, password change…): their live connections must close. */
    'sessions.revoked': { sessionIds: string[] };
  }
}

export {};
