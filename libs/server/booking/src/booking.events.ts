/** Domain events of the booking module. */
declare module '@palier/server-core' {
  interface DomainEventMap {
    /** Slots of these services changed (a booking, a cancellation): browsers refresh them. */
    'booking.slots_changed': { communityId: string; serviceIds: string[] };
  }
}

export {};
