/** The domain events of the community module (published after their transaction commits). */
declare module '@palier/server-core' {
  interface DomainEventMap {
    'news.published': { communityId: string; newsId: string; title: string };
  }
}

export {};
