/** Domain events of the polls module. */
declare module '@palier/server-core' {
  interface DomainEventMap {
    /** A poll's results or state changed (a ballot, a closing, an outcome): browsers re-read it. */
    'polls.results_changed': { communityId: string; pollId: string };
  }
}

export {};
