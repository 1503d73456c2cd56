import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a module declares about the personal data it keeps (feeds the processing register). */
export interface PersonalDataDeclaration {
  /** What the processing is called in the register, e.g. "Comptes et adhésions". */
  name: string;
  /** Categories of data, in plain French, e.g. "nom affiché, adresse e-mail". */
  categories: string;
  /** Why it is kept. */
  purpose: string;
  /** Legal basis under the GDPR (art. 6), e.g. "exécution du contrat", "consentement". */
  legalBasis: string;
  /** How long it is kept, in plain French. */
  retention: string;
  /** Who sees it, in plain French (default: the team of the centre). */
  recipients?: string;
}

/** Files added to a person's data export (photos…): `add` returns the path inside the ZIP. */
export interface ExportFiles {
  add(name: string, content: Uint8Array): string;
}

/**
 * The privacy hooks of one module: how to export and how to erase (or anonymise) one person's
 * data. Each hook receives a transaction; erasure must be idempotent (running it twice is safe)
 * and must leave no row of the module that names or points to the person: kept contributions
 * lose their author (shown as "Ancien membre").
 */
export interface PrivacyHooks {
  /** A stable module name, e.g. "identity". */
  module: string;
  declaration: PersonalDataDeclaration;
  /**
   * The tables of the module that hold personal data. The contract test checks that every table
   * pointing to an account belongs to a registered module.
   */
  tables: string[];
  /** French words for the sections and fields of the export, used by its HTML page. */
  labels?: Record<string, string>;
  exportPerson(
    accountId: string,
    manager: EntityManager,
    files: ExportFiles,
  ): Promise<Record<string, unknown>>;
  erasePerson(accountId: string, manager: EntityManager): Promise<void>;
  /** Set by identity only: it removes the account itself, after every other module. */
  runsLast?: boolean;
}

/**
 * A retention rule: a kind of data kept for a number of days (per community, with a default),
 * then erased or anonymised by the scheduled retention task.
 */
export interface RetentionRule {
  /** A stable key, e.g. "notifications". */
  key: string;
  module: string;
  /** What is purged, in plain French, e.g. "Notifications reçues". */
  label: string;
  /** What happens at the end, in plain French, e.g. "effacées". */
  outcome: string;
  defaultDays: number;
  minDays: number;
  maxDays: number;
  /**
   * 'community' (default): each community may set its own period. 'server': data that belongs to
   * no community (e.g. sent emails); the default period applies, purged once per run.
   */
  scope?: 'community' | 'server';
  /**
   * Erases or anonymises what is older than `cutoff` in the community (or, for data that belongs
   * to no community, when `communityId` is null). Returns how many rows it changed.
   */
  purge(
    manager: EntityManager,
    scope: { communityId: string | null; cutoff: Date },
  ): Promise<number>;
}

/**
 * The registry every module with personal data registers in, at start. The privacy centre (data
 * export, erasure, retention, processing register) walks it, so no module can be forgotten.
 */
@Injectable()
export class PrivacyRegistry {
  private readonly hooks = new Map<string, PrivacyHooks>();
  private readonly rules = new Map<string, RetentionRule>();

  register(hooks: PrivacyHooks): void {
    if (this.hooks.has(hooks.module))
      throw new Error(`Privacy hooks of "${hooks.module}" are registered twice.`);
    if (hooks.runsLast && this.all().some((h) => h.runsLast))
      throw new Error(`Only one module may erase last (it removes the account).`);
    this.hooks.set(hooks.module, hooks);
  }

  registerRetention(rule: RetentionRule): void {
    if (this.rules.has(rule.key))
      throw new Error(`Retention rule "${rule.key}" is registered twice.`);
    if (!(rule.minDays <= rule.defaultDays && rule.defaultDays <= rule.maxDays))
      throw new Error(`Retention rule "${rule.key}" has a default outside its bounds.`);
    this.rules.set(rule.key, rule);
  }

  /** Every module's hooks, the one that removes the account last. */
  all(): PrivacyHooks[] {
    return [...this.hooks.values()].sort((a, b) => Number(!!a.runsLast) - Number(!!b.runsLast));
  }

  retentionRules(): RetentionRule[] {
    return [...this.rules.values()];
  }

  retentionRule(key: string): RetentionRule | undefined {
    return this.rules.get(key);
  }
}
