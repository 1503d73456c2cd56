import type { ModerationAction } from '@palier/shared';

/** Domain events of moderation (published after their transaction commits). */
declare module '@palier/server-core' {
  interface DomainEventMap {
    'moderation.decided': {
      communityId: string;
      decisionId: string;
      /** The member the decision is about (the author of the item), told why. */
      subjectId: string | null;
      action: ModerationAction | 'auto_hide';
      reason: string;
    };
  }
}

export {};
