import { Injectable } from '@nestjs/common';
import type { Emit } from '@palier/server-core';
import type { EntityManager } from 'typeorm';

/** What moderation needs to know of one reported item, whatever its feature. */
export interface ReportableItem {
  id: string;
  communityId: string;
  authorAccountId: string | null;
  authorName: string | null;
  /** The beginning of its text, as the team sees it in the queue. */
  excerpt: string;
  /** Where to see it in the app (a path), e.g. /c/<slug>/fil/<id>. */
  link: string | null;
  hidden: boolean;
}

/**
 * A kind of item members can report (a post, a comment; later a poll, an idea, a shared offer).
 * Each feature registers its own at start: moderation never imports the features. Hiding and
 * removing run in moderation's transaction; `emit` announces the change after the commit.
 */
export interface ReportableType {
  /** A stable name stored with reports and decisions, e.g. "post" ([a-z_]). */
  type: string;
  /** How the queue names it, in French, e.g. "Publication". */
  label: string;
  find(manager: EntityManager, communityId: string, ids: string[]): Promise<ReportableItem[]>;
  /** Hides the item with the reason shown to its author, or shows it again (reason null). */
  setHidden(
    manager: EntityManager,
    emit: Emit,
    communityId: string,
    id: string,
    reason: string | null,
  ): Promise<void>;
  remove(manager: EntityManager, emit: Emit, communityId: string, id: string): Promise<void>;
}

/** The registry of reportable item types (like the PrivacyRegistry: features register in it). */
@Injectable()
export class ModerationRegistry {
  private readonly types = new Map<string, ReportableType>();

  register(type: ReportableType): void {
    if (!/^[a-z_]{1,40}$/.test(type.type)) throw new Error(`Bad reportable type "${type.type}".`);
    if (this.types.has(type.type))
      throw new Error(`Reportable type "${type.type}" is registered twice.`);
    this.types.set(type.type, type);
  }

  get(type: string): ReportableType | undefined {
    return this.types.get(type);
  }

  names(): string[] {
    return [...this.types.keys()].sort();
  }
}
