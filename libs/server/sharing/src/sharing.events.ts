/** Domain events of the sharing module. */
declare module '@palier/server-core' {
  interface DomainEventMap {
    /** The units left of an offer changed (a claim, a cancellation): viewers see the new count. */
    'sharing.offer.remaining': {
      offerId: string;
      /** Null for an offer mirrored from a partner on another server. */
      offeringCommunityId: string | null;
      remaining: number;
    };
    /** The team changed, withdrew or hid one of its offers: partners on other servers are told. */
    'sharing.offer.changed': { offerId: string };
    /** An offer was published: the members of the partners it is addressed to are told. */
    'sharing.offer.published': { offerId: string; offeringCommunityId: string | null };
    /** The offering team handed a claim over or cancelled it: the claimant is told. */
    'sharing.claim.decided': {
      claimId: string;
      decision: 'handed_over' | 'cancelled' | 'granted' | 'refused';
    };
    /** A member claimed a mirrored offer: the claim goes to the offering server (a Join). */
    'sharing.claim.sent': { claimId: string };
    /** A member cancelled their claim of a mirrored offer: the offering server is told (Undo). */
    'sharing.claim.withdrawn': { claimId: string };
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
