import type { RealtimeNotification } from '@palier/shared';

/** Domain events of the notifications module. */
declare module '@palier/server-core' {
  interface DomainEventMap {
    'notifications.created': { items: { accountId: string; notification: RealtimeNotification }[] };
    'notifications.read': { accountId: string };
  }
}

export {};
