import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { LifeRow } from './report-tables';

/**
 * What another module counts in "community life" (the extension point for polls and ideas): rows
 * for a period, each with the number of distinct people behind it (the small-cells rule applies).
 * A module registers in its `onModuleInit`, importing ReportingModule:
 * `registry.register({ module: 'polls', count: (m, communityId, start, end) => … })`.
 */
export interface LifeCounter {
  module: string;
  count(manager: EntityManager, communityId: string, start: Date, end: Date): Promise<LifeRow[]>;
}

@Injectable()
export class ReportingRegistry {
  private readonly counters: LifeCounter[] = [];

  register(counter: LifeCounter): void {
    if (this.counters.some((c) => c.module === counter.module))
      throw new Error(`reporting: ${counter.module} is already registered`);
    this.counters.push(counter);
  }

  list(): readonly LifeCounter[] {
    return this.counters;
  }
}
