import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  decodeCursor,
  encodeCursor,
  fieldProblem,
  parseInput,
  Transactions,
  type Emit,
} from '@palier/server-core';
import {
  appealInput,
  moderationDecisionInput,
  reportInput,
  type ModerationAction,
} from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import {
  ModerationAppealDto,
  ModerationCaseDto,
  ModerationDecisionDto,
  ModerationItemDto,
  ModerationLogPageDto,
  MyModerationDecisionDto,
} from './dto/moderation.dto';
import {
  ModerationRegistry,
  type ReportableItem,
  type ReportableType,
} from './moderation.registry';
import './moderation.events';

/** Actions that concern a member (and so may be appealed once by them). */
const APPEALABLE = ['hide', 'delete', 'warn', 'suspend', 'exclude', 'auto_hide'];
/** Actions that only make sense on content (not on a reported member). */
const CONTENT_ACTIONS: ModerationAction[] = ['hide', 'restore', 'delete'];

const AUTO_HIDE_REASON = (n: number) =>
  `Masqué automatiquement : ${n} membres l’ont signalé. L’équipe va regarder.`;

const DECISION_COLUMNS = `d.id, d.item_type, d.item_id, d.action, d.reason, d.automatic, d.decided_at,
  d.suspended_until, d.charter_version, s.display_name AS subject_name, b.display_name AS decider_name,
  EXISTS (SELECT 1 FROM moderation_appeal ap WHERE ap.decision_id = d.id) AS appealed,
  d.decided_at::text AS cursor_at`;
const DECISION_FROM = `moderation_decision d LEFT JOIN account s ON s.id = d.subject_account_id
  LEFT JOIN account b ON b.id = d.decided_by`;

interface DecisionRow {
  id: string;
  item_type: string;
  item_id: string;
  action: string;
  reason: string;
  automatic: boolean;
  decided_at: Date;
  suspended_until: Date | null;
  charter_version: number | null;
  subject_name: string | null;
  decider_name: string | null;
  appealed: boolean;
  cursor_at: string;
}

const toDecision = (r: DecisionRow): ModerationDecisionDto => ({
  id: r.id,
  itemType: r.item_type,
  itemId: r.item_id,
  action: r.action,
  reason: r.reason,
  subjectName: r.subject_name,
  decidedByName: r.decider_name,
  automatic: r.automatic,
  decidedAt: new Date(r.decided_at),
  suspendedUntil: r.suspended_until ? new Date(r.suspended_until) : null,
  charterVersion: r.charter_version,
  appealed: r.appealed,
});

/**
 * Moderation of a community by people its residents know: reports by members (grouped by item in
 * the builders' queue, an item hidden automatically past the community's threshold), decisions
 * recorded in a log (who, when, why, under which charter version), one appeal per decision,
 * suspensions and exclusions. Reportable items are pluggable (ModerationRegistry); members are a
 * built-in type.
 */
@Injectable()
export class ModerationService {
  private readonly memberType: ReportableType = {
    type: 'member',
    label: 'Membre',
    find: async (manager, communityId, ids) => {
      const rows: { account_id: string; display_name: string }[] = await manager.query(
        `SELECT m.account_id, a.display_name FROM membership m JOIN account a ON a.id = m.account_id
          WHERE m.community_id = $1 AND m.account_id = ANY($2::uuid[])`,
        [communityId, ids],
      );
      return rows.map((r) => ({
        id: r.account_id,
        communityId,
        authorAccountId: r.account_id,
        authorName: r.display_name,
        excerpt: r.display_name,
        link: null,
        hidden: false,
      }));
    },
    setHidden: async () => undefined,
    remove: async () => undefined,
  };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly registry: ModerationRegistry,
  ) {}

  private type(name: string): ReportableType {
    const type = name === 'member' ? this.memberType : this.registry.get(name);
    if (!type) throw AppError.badInput([fieldProblem('itemType', 'invalid_format')]);
    return type;
  }

  /**
   * Refuses a contribution from a member suspended or excluded in the community; `doing` says what
   * they cannot do, in the message ("voter").
   */
  async assertMayContribute(
    manager: EntityManager,
    communityId: string,
    accountId: string,
    doing = 'publier, commenter ni réagir',
  ): Promise<void> {
    const [row]: { until: Date | null }[] = await manager.query(
      `SELECT until FROM moderation_restriction
        WHERE community_id = $1 AND account_id = $2 AND (until IS NULL OR until > now())
        ORDER BY until DESC NULLS FIRST LIMIT 1`,
      [communityId, accountId],
    );
    if (!row) return;
    const until = row.until
      ? new Date(row.until).toLocaleDateString('fr-FR', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'Europe/Paris',
        })
      : null;
    throw AppError.forbidden(
      until
        ? `Vous êtes suspendu jusqu’au ${until} : vous ne pouvez pas ${doing} d’ici là.`
        : 'Vous ne pouvez plus contribuer dans cette communauté.',
    );
  }

  /** A member reports an item (or a member); past the threshold, the item is hidden until review. */
  async report(communityId: string, reporterId: string, raw: unknown): Promise<boolean> {
    const input = parseInput(reportInput, raw);
    const type = this.type(input.itemType);
    await this.tx.run(async (manager, emit) => {
      const [item] = await type.find(manager, communityId, [input.itemId]);
      if (!item) throw AppError.notFound();
      if (item.authorAccountId === reporterId)
        throw AppError.badInput(
          [fieldProblem('itemId', 'invalid_format')],
          'Vous ne pouvez pas vous signaler vous-même.',
        );
      await manager.query(
        `INSERT INTO moderation_report (community_id, item_type, item_id, reporter_account_id, reason, details)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (item_type, item_id, reporter_account_id) WHERE resolved_at IS NULL DO NOTHING`,
        [communityId, type.type, item.id, reporterId, input.reason, input.details],
      );
      if (item.hidden || type.type === 'member') return;
      const [{ open, threshold }]: { open: number; threshold: number }[] = await manager.query(
        `SELECT (SELECT count(*)::int FROM moderation_report WHERE item_type = $2 AND item_id = $3 AND resolved_at IS NULL) AS open,
                c.report_hide_threshold AS threshold FROM community c WHERE c.id = $1`,
        [communityId, type.type, item.id],
      );
      if (open < threshold) return;
      const reason = AUTO_HIDE_REASON(open);
      await type.setHidden(manager, emit, communityId, item.id, reason);
      await this.record(manager, emit, {
        communityId,
        itemType: type.type,
        itemId: item.id,
        subjectId: item.authorAccountId,
        action: 'auto_hide',
        reason,
        decidedBy: null,
      });
    });
    return true;
  }

  /** The builders' queue: open reports grouped by item, oldest first, with their count. */
  async queue(communityId: string): Promise<ModerationCaseDto[]> {
    const groups: {
      item_type: string;
      item_id: string;
      report_count: number;
      reasons: { reason: string; count: number }[];
      details: string[];
      first_reported_at: Date;
    }[] = await this.db.query(
      `SELECT item_type, item_id, count(*)::int AS report_count, min(created_at) AS first_reported_at,
              coalesce(array_remove(array_agg(details ORDER BY created_at), NULL), '{}') AS details,
              (SELECT json_agg(json_build_object('reason', reason, 'count', n) ORDER BY n DESC, reason)
                 FROM (SELECT reason, count(*)::int AS n FROM moderation_report r2
                        WHERE r2.item_type = r.item_type AND r2.item_id = r.item_id AND r2.resolved_at IS NULL
                        GROUP BY reason) x) AS reasons
         FROM moderation_report r WHERE community_id = $1 AND resolved_at IS NULL
        GROUP BY item_type, item_id ORDER BY min(created_at) LIMIT 200`,
      [communityId],
    );
    const items = await this.items(
      this.db.manager,
      communityId,
      groups.map((g) => ({ type: g.item_type, id: g.item_id })),
    );
    return groups.map((g, i) => ({
      item: items[i],
      reportCount: g.report_count,
      reasons: g.reasons,
      details: g.details,
      firstReportedAt: new Date(g.first_reported_at),
    }));
  }

  /** Items of several types, in the order asked, loaded in one query per type. */
  private async items(
    manager: EntityManager,
    communityId: string,
    refs: { type: string; id: string }[],
  ): Promise<ModerationItemDto[]> {
    const found = new Map<string, ReportableItem>();
    for (const name of new Set(refs.map((r) => r.type))) {
      const type = this.type(name);
      const ids = refs.filter((r) => r.type === name).map((r) => r.id);
      for (const item of await type.find(manager, communityId, ids))
        found.set(`${name}:${item.id}`, item);
    }
    return refs.map(({ type, id }) => {
      const item = found.get(`${type}:${id}`);
      return {
        type,
        id,
        label: this.type(type).label,
        excerpt: item?.excerpt ?? '',
        authorId: item?.authorAccountId ?? null,
        authorName: item?.authorName ?? null,
        link: item?.link ?? null,
        hidden: item?.hidden ?? false,
        gone: !item,
      };
    });
  }

  /** A builder's decision on an item (and its author) or a reported member. */
  async decide(
    communityId: string,
    deciderId: string,
    raw: unknown,
  ): Promise<ModerationDecisionDto> {
    const input = parseInput(moderationDecisionInput, raw);
    const type = this.type(input.itemType);
    if (type.type === 'member' && CONTENT_ACTIONS.includes(input.action))
      throw AppError.badInput([fieldProblem('action', 'invalid_format')]);
    const decisionId = await this.tx.run(async (manager, emit) => {
      const [item] = await type.find(manager, communityId, [input.itemId]);
      if (!item && input.action !== 'dismiss') throw AppError.notFound();
      const subjectId = item?.authorAccountId ?? null;
      if (['warn', 'suspend', 'exclude'].includes(input.action) && !subjectId)
        throw AppError.badInput(
          [fieldProblem('action', 'invalid_format')],
          'Cette personne n’est plus membre.',
        );
      if (subjectId === deciderId && input.action !== 'dismiss')
        throw AppError.forbidden('Une autre personne de l’équipe doit décider pour vous.');
      let suspendedUntil: Date | null = null;
      switch (input.action) {
        case 'hide':
          await type.setHidden(manager, emit, communityId, input.itemId, input.reason);
          break;
        case 'restore':
          await type.setHidden(manager, emit, communityId, input.itemId, null);
          break;
        case 'dismiss':
          // Reports found unfounded: an item hidden automatically comes back.
          if (item?.hidden && (await this.lastAction(manager, type.type, item.id)) === 'auto_hide')
            await type.setHidden(manager, emit, communityId, item.id, null);
          break;
        case 'delete':
          await type.remove(manager, emit, communityId, input.itemId);
          break;
        case 'suspend':
          suspendedUntil = new Date(Date.now() + (input.suspensionDays ?? 1) * 86_400_000);
          break;
        case 'exclude':
          await manager.query(
            `UPDATE membership SET status = 'suspended' WHERE community_id = $1 AND account_id = $2`,
            [communityId, subjectId],
          );
          if (subjectId) emit({ type: 'viewer.changed', payload: { accountIds: [subjectId] } });
          break;
        case 'warn':
          break;
      }
      const id = await this.record(manager, emit, {
        communityId,
        itemType: type.type,
        itemId: input.itemId,
        subjectId: input.action === 'dismiss' ? null : subjectId,
        action: input.action,
        reason: input.reason,
        decidedBy: deciderId,
        suspendedUntil,
      });
      if (input.action === 'suspend' || input.action === 'exclude')
        await manager.query(
          `INSERT INTO moderation_restriction (community_id, account_id, decision_id, until) VALUES ($1, $2, $3, $4)`,
          [communityId, subjectId, id, suspendedUntil],
        );
      return id;
    });
    return this.decision(communityId, decisionId);
  }

  private async lastAction(manager: EntityManager, itemType: string, itemId: string) {
    const [row]: { action: string }[] = await manager.query(
      `SELECT action FROM moderation_decision WHERE item_type = $1 AND item_id = $2 ORDER BY decided_at DESC LIMIT 1`,
      [itemType, itemId],
    );
    return row?.action;
  }

  /**
   * Records a decision in the log, with the charter version in force, and closes the item's open
   * reports. Used by features for their own moderation acts (e.g. locking comments).
   */
  async record(
    manager: EntityManager,
    emit: Emit,
    d: {
      communityId: string;
      itemType: string;
      itemId: string;
      subjectId: string | null;
      action: ModerationAction | 'auto_hide' | 'lock_comments' | 'unlock_comments';
      reason: string;
      decidedBy: string | null;
      suspendedUntil?: Date | null;
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO moderation_decision (community_id, item_type, item_id, subject_account_id, action, reason,
         suspended_until, decided_by, automatic, charter_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
         (SELECT max(version) FROM community_document WHERE community_id = $1 AND kind = 'charter'))
       RETURNING id`,
      [
        d.communityId,
        d.itemType,
        d.itemId,
        d.subjectId,
        d.action,
        d.reason,
        d.suspendedUntil ?? null,
        d.decidedBy,
        d.decidedBy === null,
      ],
    );
    if (d.action !== 'auto_hide' && d.action !== 'lock_comments' && d.action !== 'unlock_comments')
      await manager.query(
        `UPDATE moderation_report SET resolved_at = now(), decision_id = $3
          WHERE item_type = $1 AND item_id = $2 AND resolved_at IS NULL`,
        [d.itemType, d.itemId, row.id],
      );
    if (d.action !== 'lock_comments' && d.action !== 'unlock_comments')
      emit({
        type: 'moderation.decided',
        payload: {
          communityId: d.communityId,
          decisionId: row.id,
          subjectId: d.subjectId,
          action: d.action,
          reason: d.reason,
        },
      });
    return row.id;
  }

  async decision(communityId: string, id: string): Promise<ModerationDecisionDto> {
    const [row]: DecisionRow[] = await this.db.query(
      `SELECT ${DECISION_COLUMNS} FROM ${DECISION_FROM} WHERE d.id = $1 AND d.community_id = $2`,
      [id, communityId],
    );
    if (!row) throw AppError.notFound();
    return toDecision(row);
  }

  /** The moderation log, newest first (builders and admins). */
  async log(
    communityId: string,
    first: number,
    after: string | null,
  ): Promise<ModerationLogPageDto> {
    const size = Math.min(Math.max(first, 1), 100);
    const params: unknown[] = [communityId, size + 1];
    let keyset = '';
    if (after) {
      params.push(...decodeCursor(after, 2));
      keyset = `AND (d.decided_at, d.id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: DecisionRow[] = await this.db.query(
      `SELECT ${DECISION_COLUMNS} FROM ${DECISION_FROM} WHERE d.community_id = $1 ${keyset}
        ORDER BY d.decided_at DESC, d.id DESC LIMIT $2`,
      params,
    );
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    return {
      decisions: page.map(toDecision),
      endCursor: rows.length > size && last ? encodeCursor([last.cursor_at, last.id]) : null,
    };
  }

  /** The decisions about me in a community, with my appeal if any. */
  async mine(communityId: string, accountId: string): Promise<MyModerationDecisionDto[]> {
    const rows: {
      id: string;
      action: string;
      reason: string;
      decided_at: Date;
      suspended_until: Date | null;
      message: string | null;
      upheld: boolean | null;
    }[] = await this.db.query(
      `SELECT d.id, d.action, d.reason, d.decided_at, d.suspended_until, ap.message, ap.upheld
         FROM moderation_decision d LEFT JOIN moderation_appeal ap ON ap.decision_id = d.id
        WHERE d.community_id = $1 AND d.subject_account_id = $2 AND d.action = ANY($3::text[])
        ORDER BY d.decided_at DESC LIMIT 100`,
      [communityId, accountId, APPEALABLE],
    );
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      reason: r.reason,
      decidedAt: new Date(r.decided_at),
      suspendedUntil: r.suspended_until ? new Date(r.suspended_until) : null,
      mayAppeal: r.message === null,
      appealMessage: r.message,
      appealUpheld: r.upheld,
    }));
  }

  /** The member concerned appeals a decision, once. */
  async appeal(
    communityId: string,
    accountId: string,
    decisionId: string,
    raw: unknown,
  ): Promise<MyModerationDecisionDto[]> {
    const input = parseInput(appealInput, raw);
    await this.tx.run(async (manager) => {
      const [decision]: { action: string }[] = await manager.query(
        `SELECT action FROM moderation_decision WHERE id = $1 AND community_id = $2 AND subject_account_id = $3`,
        [decisionId, communityId, accountId],
      );
      if (!decision || !APPEALABLE.includes(decision.action)) throw AppError.notFound();
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO moderation_appeal (decision_id, community_id, account_id, message) VALUES ($1, $2, $3, $4)
         ON CONFLICT (decision_id) DO NOTHING RETURNING id`,
        [decisionId, communityId, accountId, input.message],
      );
      if (!inserted.length)
        throw new AppError('CONFLICT', 'Vous avez déjà fait appel de cette décision.');
    });
    return this.mine(communityId, accountId);
  }

  /** Open appeals of the community (builders and admins). */
  async appeals(communityId: string): Promise<ModerationAppealDto[]> {
    const rows: (DecisionRow & { appeal_id: string; message: string; appeal_at: Date })[] =
      await this.db.query(
        `SELECT ${DECISION_COLUMNS}, ap.id AS appeal_id, ap.message, ap.created_at AS appeal_at
           FROM moderation_appeal ap JOIN ${DECISION_FROM} ON d.id = ap.decision_id
          WHERE ap.community_id = $1 AND ap.answered_at IS NULL ORDER BY ap.created_at LIMIT 200`,
        [communityId],
      );
    return rows.map((r) => ({
      id: r.appeal_id,
      decision: toDecision(r),
      message: r.message,
      createdAt: new Date(r.appeal_at),
    }));
  }

  /**
   * Answers an appeal: upheld means the member was right — a hidden item comes back and a
   * suspension or exclusion ends; either way the answer is recorded in the log.
   */
  async answerAppeal(
    communityId: string,
    deciderId: string,
    appealId: string,
    upheld: boolean,
    rawReason: unknown,
  ): Promise<boolean> {
    const { message: reason } = parseInput(appealInput, { message: rawReason });
    await this.tx.run(async (manager, emit) => {
      const [row]: {
        decision_id: string;
        item_type: string;
        item_id: string;
        action: string;
        subject_account_id: string | null;
      }[] = await manager.query(
        `SELECT ap.decision_id, d.item_type, d.item_id, d.action, d.subject_account_id
           FROM moderation_appeal ap JOIN moderation_decision d ON d.id = ap.decision_id
          WHERE ap.id = $1 AND ap.community_id = $2 AND ap.answered_at IS NULL FOR UPDATE OF ap`,
        [appealId, communityId],
      );
      if (!row) throw AppError.notFound();
      if (row.subject_account_id === deciderId) throw AppError.forbidden();
      await manager.query(
        `UPDATE moderation_appeal SET answered_at = now(), answered_by = $2, upheld = $3 WHERE id = $1`,
        [appealId, deciderId, upheld],
      );
      if (upheld) {
        if (row.action === 'hide' || row.action === 'auto_hide')
          await this.type(row.item_type).setHidden(manager, emit, communityId, row.item_id, null);
        if (row.action === 'suspend' || row.action === 'exclude') {
          await manager.query(`DELETE FROM moderation_restriction WHERE decision_id = $1`, [
            row.decision_id,
          ]);
          if (row.action === 'exclude')
            await manager.query(
              `UPDATE membership SET status = 'active' WHERE community_id = $1 AND account_id = $2 AND status = 'suspended'`,
              [communityId, row.subject_account_id],
            );
          if (row.action === 'exclude' && row.subject_account_id)
            emit({ type: 'viewer.changed', payload: { accountIds: [row.subject_account_id] } });
        }
      }
      await this.record(manager, emit, {
        communityId,
        itemType: row.item_type,
        itemId: row.item_id,
        subjectId: row.subject_account_id,
        action: upheld ? 'restore' : 'dismiss',
        reason: `Appel ${upheld ? 'accepté' : 'refusé'} : ${reason}`,
        decidedBy: deciderId,
      });
    });
    return true;
  }
}
