import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a module declares about the personal data it keeps (feeds the processing register). */
export interface PersonalDataDeclaration {
  /** Categories of data, in plain French, e.g. "nom affiché, adresse e-mail". */
  categories: string;
  /** Why it is kept. */
  purpose: string;
  /** Legal basis under the GDPR (art. 6), e.g. "exécution du contrat", "consentement". */
  legalBasis: string;
  /** How long it is kept, in plain French. */
  retention: string;
}

/**
 * The privacy hooks of one module: how to export and how to erase (or anonymise) one person's
 * data. Each hook receives a transaction; erasure must be idempotent (running it twice is safe).
 */
export interface PrivacyHooks {
  /** A stable module name, e.g. "identity". */
  module: string;
  declaration: PersonalDataDeclaration;
  exportPerson(accountId: string, manager: EntityManager): Promise<Record<string, unknown>>;
  erasePerson(accountId: string, manager: EntityManager): Promise<void>;
}

/**
 * The registry every module with personal data registers in, at start. The privacy centre (data
 * export, erasure, processing register) walks it, so no module can be forgotten.
 */
@Injectable()
export class PrivacyRegistry {
  private readonly hooks = new Map<string, PrivacyHooks>();

  register(hooks: PrivacyHooks): void {
    if (this.hooks.has(hooks.module))
      throw new Error(`Privacy hooks of "${hooks.module}" are registered twice.`);
    this.hooks.set(hooks.module, hooks);
  }

  all(): PrivacyHooks[] {
    return [...this.hooks.values()];
  }
}
