import { Injectable, Logger } from '@nestjs/common';

import type { DomainEventMap } from '../index';

export type DomainEventType = keyof DomainEventMap;
export type DomainEvent = {
  [K in DomainEventType]: { type: K; payload: DomainEventMap[K] };
}[DomainEventType];
type Handler<K extends DomainEventType> = (payload: DomainEventMap[K]) => Promise<void> | void;

/**
 * In-process publish/subscribe of domain events. Events are published only after the transaction
 * that caused them has committed (see Transactions), so a rolled-back change is never announced.
 * A failing handler is logged and does not affect the others nor the caller.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly handlers = new Map<string, Handler<never>[]>();

  on<K extends DomainEventType>(type: K, handler: Handler<K>): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as Handler<never>]);
  }

  async publish(events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of this.handlers.get(event.type) ?? []) {
        try {
          await (handler as Handler<typeof event.type>)(event.payload as never);
        } catch (error) {
          this.logger.error(`Handler of ${event.type} failed: ${(error as Error).stack ?? error}`);
        }
      }
    }
  }
}
