import { Injectable } from '@nestjs/common';
import { AppError, fieldProblem, parseInput, type Emit } from '@palier/server-core';
import { commentInput, isLocale, type Locale } from '@palier/shared';
import type { EntityManager } from 'typeorm';
import { ModerationService } from './moderation.service';
import type { ReportableItem, ReportableType } from './moderation.registry';

/**
 * Where one feature keeps its comments: a table with the same columns as `feed_comment` (id,
 * community_id, <host column>, parent_id, author_account_id, body, created_at, hidden_at,
 * hidden_reason) whose host column names the commented thing (a post, an idea…).
 */
export interface CommentTable {
  table: 'feed_comment' | 'idea_comment';
  host: 'post_id' | 'idea_id';
}

export interface CommentRow {
  id: string;
  host_id: string;
  parent_id: string | null;
  author_account_id: string | null;
  display_name: string | null;
  body: string;
  created_at: Date;
  hidden_at: Date | null;
}

/** How a former member (erased account) is named, in the reader's language. */
export const FORMER_MEMBER: Record<Locale, string> = {
  fr: 'Ancien membre',
  en: 'Former member',
  ar: 'عضو سابق',
};

/** Who wrote a contribution, as readers see it: their name, or "Ancien membre" once erased. */
export function contributorOf(
  id: string | null,
  name: string | null,
  locale: Locale,
): { id: string | null; displayName: string; formerMember: boolean } {
  return id && name
    ? { id, displayName: name, formerMember: false }
    : {
        id: null,
        displayName: FORMER_MEMBER[isLocale(locale) ? locale : 'fr'],
        formerMember: true,
      };
}

const COMMENTS_MAX = 500;
const EXCERPT = 280;

/**
 * THE rules of comments, whatever they comment (feed posts, ideas): the body's limits (the shared
 * `commentInput`), one level of replies, a suspended member cannot comment, a hidden comment stays
 * visible only to moderators and its author, an author deletes their own comment (and its
 * replies), moderation hides and deletes them (one reportable per table), and an erased member's
 * comments stay without author or go, as the community chose. Each feature keeps its own table
 * (its foreign key to what is commented) and decides who may see the thread.
 */
@Injectable()
export class CommentThreads {
  constructor(private readonly moderation: ModerationService) {}

  /** The comments of one thing, oldest first. `extraCondition` narrows them (alias `c`, e.g. mutes). */
  list(
    manager: EntityManager,
    t: CommentTable,
    q: {
      communityId: string;
      hostId: string;
      accountId: string | null;
      moderator: boolean;
      extraCondition?: string;
    },
  ): Promise<CommentRow[]> {
    return manager.query(
      `SELECT c.id, c.${t.host} AS host_id, c.parent_id, c.author_account_id, a.display_name, c.body, c.created_at, c.hidden_at
         FROM ${t.table} c LEFT JOIN account a ON a.id = c.author_account_id
        WHERE c.${t.host} = $1 AND c.community_id = $2
          AND ($3 OR c.hidden_at IS NULL OR c.author_account_id = $4::uuid)
          ${q.extraCondition ? `AND ${q.extraCondition}` : ''}
        ORDER BY c.created_at, c.id LIMIT ${COMMENTS_MAX}`,
      [q.hostId, q.communityId, q.moderator, q.accountId],
    );
  }

  /**
   * Adds a comment (validated, its author allowed to contribute, a reply only to a top-level
   * comment of the same thing). Returns the new id, the parsed input and the author's name.
   */
  async add(
    manager: EntityManager,
    t: CommentTable,
    c: { communityId: string; hostId: string; accountId: string; raw: unknown },
  ): Promise<{
    id: string;
    input: ReturnType<typeof commentInput.parse>;
    authorName: string;
  }> {
    const input = parseInput(commentInput, c.raw);
    await this.moderation.assertMayContribute(manager, c.communityId, c.accountId);
    if (input.parentId) {
      const [parent]: { parent_id: string | null }[] = await manager.query(
        `SELECT parent_id FROM ${t.table} WHERE id = $1 AND ${t.host} = $2`,
        [input.parentId, c.hostId],
      );
      if (!parent || parent.parent_id !== null)
        throw AppError.badInput([fieldProblem('parentId', 'invalid_format')]);
    }
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO ${t.table} (community_id, ${t.host}, parent_id, author_account_id, body)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [c.communityId, c.hostId, input.parentId, c.accountId, input.body],
    );
    const [author]: { display_name: string }[] = await manager.query(
      `SELECT display_name FROM account WHERE id = $1`,
      [c.accountId],
    );
    return { id: row.id, input, authorName: author.display_name };
  }

  /** The author deletes their comment; returns the id of what it commented. */
  async deleteOwn(
    manager: EntityManager,
    t: CommentTable,
    communityId: string,
    commentId: string,
    accountId: string | null,
  ): Promise<string> {
    const [row]: { host_id: string; author_account_id: string | null }[] = await manager.query(
      `SELECT ${t.host} AS host_id, author_account_id FROM ${t.table} WHERE id = $1 AND community_id = $2`,
      [commentId, communityId],
    );
    if (!row) throw AppError.notFound();
    if (accountId === null || row.author_account_id !== accountId) throw AppError.forbidden();
    await manager.query(`DELETE FROM ${t.table} WHERE id = $1`, [commentId]);
    return row.host_id;
  }

  /**
   * The reportable type of a comment table: moderation finds, hides, shows again and deletes its
   * comments; `changed` announces that the commented thing changed (after the commit).
   */
  reportable(
    t: CommentTable,
    o: {
      type: string;
      label: string;
      link: (slug: string, hostId: string) => string;
      changed: (
        manager: EntityManager,
        emit: Emit,
        communityId: string,
        hostId: string,
      ) => Promise<void>;
    },
  ): ReportableType {
    const update = async (manager: EntityManager, sql: string, params: unknown[]) => {
      const [rows]: [{ host_id: string }[]] = await manager.query(sql, params);
      return rows[0];
    };
    return {
      type: o.type,
      label: o.label,
      find: async (manager, communityId, ids) => {
        const rows: (CommentRow & { slug: string })[] = await manager.query(
          `SELECT k.id, k.${t.host} AS host_id, k.author_account_id, a.display_name, k.body, k.hidden_at, c.slug
             FROM ${t.table} k JOIN community c ON c.id = k.community_id
             LEFT JOIN account a ON a.id = k.author_account_id
            WHERE k.community_id = $1 AND k.id = ANY($2::uuid[])`,
          [communityId, ids],
        );
        return rows.map((r): ReportableItem => ({
          id: r.id,
          communityId,
          authorAccountId: r.author_account_id,
          authorName: r.display_name,
          excerpt: r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT)}…` : r.body,
          link: o.link(r.slug, r.host_id),
          hidden: r.hidden_at !== null,
        }));
      },
      setHidden: async (manager, emit, communityId, id, reason) => {
        const row = await update(
          manager,
          `UPDATE ${t.table} SET hidden_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END, hidden_reason = $3
            WHERE id = $1 AND community_id = $2 RETURNING ${t.host} AS host_id`,
          [id, communityId, reason],
        );
        if (row) await o.changed(manager, emit, communityId, row.host_id);
      },
      remove: async (manager, emit, communityId, id) => {
        const row = await update(
          manager,
          `DELETE FROM ${t.table} WHERE id = $1 AND community_id = $2 RETURNING ${t.host} AS host_id`,
          [id, communityId],
        );
        if (row) await o.changed(manager, emit, communityId, row.host_id);
      },
    };
  }

  /** A person's comments, for their data export. */
  exportPerson(
    manager: EntityManager,
    t: CommentTable,
    accountId: string,
    hostTable: string,
    hostLabel: string,
  ): Promise<unknown[]> {
    return manager.query(
      `SELECT c.name AS community, left(h.${hostLabel}, 80) AS ${t.host === 'post_id' ? 'post' : 'idea'}, k.body, k.created_at
         FROM ${t.table} k JOIN ${hostTable} h ON h.id = k.${t.host} JOIN community c ON c.id = k.community_id
        WHERE k.author_account_id = $1 ORDER BY k.created_at`,
      [accountId],
    );
  }

  /**
   * Erasure: an erased member's comments are deleted where the community does not keep them,
   * and stay without author ("Ancien membre") where it does.
   */
  async erasePerson(manager: EntityManager, t: CommentTable, accountId: string): Promise<void> {
    await manager.query(
      `DELETE FROM ${t.table} k USING community c
        WHERE c.id = k.community_id AND k.author_account_id = $1 AND NOT c.keep_comments_of_erased_members`,
      [accountId],
    );
    await manager.query(
      `UPDATE ${t.table} SET author_account_id = NULL WHERE author_account_id = $1`,
      [accountId],
    );
  }
}
