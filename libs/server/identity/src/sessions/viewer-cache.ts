import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  ClusterMessages,
  DomainEvents,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';

export interface SignedIn {
  viewer: Viewer;
  memberships: ViewerMembership[];
}

/** How long a session read is reused: a page then costs one SQL round trip, not two. */
const TTL_MS = 5_000;
/** At most this many sessions remembered (the oldest are forgotten first). */
const MAX_ENTRIES = 20_000;
const CHANNEL = 'viewer.changed';

interface Entry {
  signedIn: SignedIn;
  until: number;
}

interface Change {
  accountIds?: string[];
  sessionIds?: string[];
}

/**
 * A short in-process memory of session reads (session token hash → viewer and active
 * memberships). It never outlives a change: every change of a session, an account or a membership
 * is announced (`sessions.revoked`, `viewer.changed`, `membership.decided` domain events, after
 * their transaction commits) and forgets the viewers concerned here at once, and in the other API
 * processes through ClusterMessages (Redis). A read that was under way when a change was announced
 * is used by its request but not remembered. TTL_MS bounds what a lost Redis message could leave.
 */
@Injectable()
export class ViewerCache implements OnModuleInit {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every change: a read started before a change is not remembered. */
  private changes = 0;

  constructor(
    private readonly events: DomainEvents,
    private readonly cluster: ClusterMessages,
  ) {}

  onModuleInit(): void {
    this.cluster.on(CHANNEL, (message) => this.forget(message as Change));
    this.cluster.onResync(() => this.clear());
    this.events.on('sessions.revoked', ({ sessionIds }) => this.changed({ sessionIds }));
    this.events.on('viewer.changed', ({ accountIds }) => this.changed({ accountIds }));
    this.events.on('membership.decided', ({ accountId }) =>
      this.changed({ accountIds: [accountId] }),
    );
  }

  /** The remembered read of this session, or `read()`'s answer (remembered until `expiresAt`). */
  async get(
    key: string,
    read: () => Promise<{ signedIn: SignedIn; expiresAt: Date } | undefined>,
  ): Promise<SignedIn | undefined> {
    const now = Date.now();
    const known = this.entries.get(key);
    if (known) {
      if (known.until > now) return known.signedIn;
      this.entries.delete(key);
    }
    const changesBefore = this.changes;
    const found = await read();
    if (!found) return undefined;
    if (changesBefore === this.changes) {
      if (this.entries.size >= MAX_ENTRIES)
        this.entries.delete(this.entries.keys().next().value as string);
      // Shared by the requests of the next seconds: nobody may change it.
      Object.freeze(found.signedIn.viewer);
      found.signedIn.memberships.forEach((m) => Object.freeze(m));
      Object.freeze(found.signedIn.memberships);
      this.entries.set(key, {
        signedIn: found.signedIn,
        until: Math.min(now + TTL_MS, found.expiresAt.getTime()),
      });
    }
    return found.signedIn;
  }

  /** Forgets the viewers concerned, here and in the other API processes. */
  changed(change: Change): Promise<void> {
    return this.cluster.publish(CHANNEL, change);
  }

  private forget({ accountIds = [], sessionIds = [] }: Change): void {
    this.changes++;
    if (!accountIds.length && !sessionIds.length) return;
    const accounts = new Set(accountIds);
    const sessions = new Set(sessionIds);
    for (const [key, { signedIn }] of this.entries) {
      if (accounts.has(signedIn.viewer.accountId) || sessions.has(signedIn.viewer.sessionId))
        this.entries.delete(key);
    }
  }

  private clear(): void {
    this.changes++;
    this.entries.clear();
  }
}
