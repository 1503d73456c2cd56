import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvents, type DomainEvent } from './domain-events';

export type Emit = (event: DomainEvent) => void;

/**
 * Runs work in a transaction and publishes the domain events it emitted once — and only if — the
 * transaction has committed.
 */
@Injectable()
export class Transactions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async run<T>(work: (manager: EntityManager, emit: Emit) => Promise<T>): Promise<T> {
    const pending: DomainEvent[] = [];
    const result = await this.db.transaction((manager) =>
      work(manager, (event) => pending.push(event)),
    );
    await this.events.publish(pending);
    return result;
  }

  /** Publishes events of work done outside a transaction (a single statement that committed). */
  publish(...events: DomainEvent[]): Promise<void> {
    return this.events.publish(events);
  }
}
