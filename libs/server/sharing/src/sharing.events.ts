/** Domain events of the sharing module. */
declare module '@palier/server-core' {
  interface DomainEventMap {
    /** The units left of an offer changed (a claim, a cancellation): viewers see the new count. */
    'sharing.offer.remaining': { offerId: string; offeringCommunityId: string; remaining: number };
    /** An offer was published: the members of the partners it is addressed to are told. */
    'sharing.offer.published': { offerId: string; offeringCommunityId: string };
    /** The offering team handed a claim over or cancelled it: the claimant is told. */
    'sharing.claim.decided': { claimId: string; decision: 'handed_over' | 'cancelled' };
    /**
     * A partnership was asked, answered or ended by `byCommunityId` (a community of this server,
     * or a remote community's actor URI): the other side is told.
     */
    'sharing.partnership.changed': {
      partnershipId: string;
      byCommunityId: string;
      state: 'requested' | 'accepted' | 'declined' | 'ended';
    };
  }
}

export {};
