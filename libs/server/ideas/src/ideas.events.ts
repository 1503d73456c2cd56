/** Domain events of the idea box (published after their transaction commits). */
declare module '@palier/server-core' {
  interface DomainEventMap {
    /** An idea was submitted, changed, supported, commented, hidden or shown again. */
    'ideas.changed': { communityId: string; ideaId: string; removed: boolean };
    'ideas.status.changed': {
      communityId: string;
      ideaId: string;
      title: string;
      status: string;
      answer: string;
      /** The author and the supporters, except the one who made the change. */
      recipientIds: string[];
    };
    'ideas.merged': {
      communityId: string;
      duplicateTitle: string;
      intoId: string;
      intoTitle: string;
      /** The authors of both ideas, except the one who merged them. */
      recipientIds: string[];
    };
  }
}

export {};
