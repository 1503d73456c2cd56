import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  fieldProblem,
  PrivacyRegistry,
  type RetentionRule,
  type Viewer,
} from '@palier/server-core';
import { NotificationsService } from '@palier/server-notifications';
import { INACTIVITY_NOTICE_DAYS } from '@palier/shared';
import { DataSource } from 'typeorm';
import type { RetentionSettingDto } from '../dto/retention.dto';
import { ErasureService } from '../erasure/erasure.service';
import { dayInWords, personalFormat } from '../privacy-dates';

/**
 * The privacy centre's own rule: an account nobody has used for this long is warned, then erased
 * INACTIVITY_NOTICE_DAYS later unless the person logs in. An account in several communities
 * follows the longest period among them. (Its purge is done by `inactiveAccounts`.)
 */
const INACTIVE_ACCOUNTS = {
  key: 'inactive_accounts',
  module: 'privacy',
  label: 'Comptes qui ne servent plus (sans connexion)',
  outcome: `prévenus, puis supprimés ${INACTIVITY_NOTICE_DAYS} jours après sans connexion`,
  defaultDays: 730,
  minDays: 365,
  maxDays: 1825,
} as const;

const DAY = 86_400_000;

/** Retention periods per community, and the scheduled purge that applies them. */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PrivacyRegistry,
    private readonly erasure: ErasureService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The rules a community can set (server-wide ones keep their default). */
  private rules(): Omit<RetentionRule, 'purge'>[] {
    return [
      INACTIVE_ACCOUNTS,
      ...this.registry.retentionRules().filter((r) => (r.scope ?? 'community') === 'community'),
    ];
  }

  async settings(communityId: string): Promise<RetentionSettingDto[]> {
    const chosen: { rule_key: string; days: number }[] = await this.db.query(
      `SELECT rule_key, days FROM retention_setting WHERE community_id = $1`,
      [communityId],
    );
    const runs: { rule_key: string; ran_at: Date; count: number }[] = await this.db.query(
      `SELECT DISTINCT ON (rule_key) rule_key, ran_at, count FROM retention_run
        WHERE community_id = $1 OR community_id IS NULL ORDER BY rule_key, ran_at DESC`,
      [communityId],
    );
    return this.rules().map((rule) => {
      const run = runs.find((r) => r.rule_key === rule.key);
      return {
        key: rule.key,
        label: rule.label,
        outcome: rule.outcome,
        days: chosen.find((c) => c.rule_key === rule.key)?.days ?? rule.defaultDays,
        defaultDays: rule.defaultDays,
        minDays: rule.minDays,
        maxDays: rule.maxDays,
        lastPurgeAt: run ? new Date(run.ran_at) : null,
        lastPurgeCount: run?.count ?? 0,
      };
    });
  }

  async set(
    viewer: Viewer,
    communityId: string,
    key: string,
    days: number,
  ): Promise<RetentionSettingDto[]> {
    const rule = this.rules().find((r) => r.key === key);
    if (!rule) throw AppError.notFound('Cette sorte de données n’existe pas.');
    if (!Number.isInteger(days) || days < rule.minDays || days > rule.maxDays) {
      throw AppError.badInput(
        [fieldProblem('days', 'out_of_range')],
        `Choisissez une durée entre ${rule.minDays} et ${rule.maxDays} jours.`,
      );
    }
    await this.db.query(
      `INSERT INTO retention_setting (community_id, rule_key, days, updated_by_account_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (community_id, rule_key)
       DO UPDATE SET days = EXCLUDED.days, updated_by_account_id = EXCLUDED.updated_by_account_id, updated_at = now()`,
      [communityId, key, days, viewer.accountId],
    );
    return this.settings(communityId);
  }

  /** The scheduled purge: every rule in every community, then the inactive accounts. */
  async purgeAll(now = new Date()): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    const communities: { id: string }[] = await this.db.query(`SELECT id FROM community`);
    const chosen: { community_id: string; rule_key: string; days: number }[] = await this.db.query(
      `SELECT community_id, rule_key, days FROM retention_setting`,
    );
    for (const rule of this.registry.retentionRules()) {
      const scopes = rule.scope === 'server' ? [null] : [...communities.map((c) => c.id), null];
      for (const communityId of scopes) {
        const days =
          chosen.find((c) => c.community_id === communityId && c.rule_key === rule.key)?.days ??
          rule.defaultDays;
        const cutoff = new Date(now.getTime() - days * DAY);
        const count = await this.db.transaction(async (manager) => {
          const count = await rule.purge(manager, { communityId, cutoff });
          if (count > 0)
            await manager.query(
              `INSERT INTO retention_run (rule_key, community_id, count, ran_at) VALUES ($1, $2, $3, $4)`,
              [rule.key, communityId, count, now],
            );
          return count;
        });
        totals[rule.key] = (totals[rule.key] ?? 0) + count;
      }
    }
    const inactive = await this.inactiveAccounts(now);
    totals['inactive_accounts_warned'] = inactive.warned;
    totals['inactive_accounts_erased'] = inactive.erased;
    this.logger.log(`Retention purge: ${JSON.stringify(totals)}`);
    return totals;
  }

  /** Warns the accounts unused for too long; erases those warned long ago that stayed away. */
  async inactiveAccounts(now = new Date()): Promise<{ warned: number; erased: number }> {
    // Last sign of life: created, logged in, or used an open session.
    const lastSeen = `GREATEST(a.created_at, COALESCE(a.last_login_at, a.created_at),
        COALESCE((SELECT max(s.last_seen_at) FROM session s WHERE s.account_id = a.id), a.created_at))`;
    await this.db.query(
      `DELETE FROM inactivity_warning w USING account a
        WHERE a.id = w.account_id AND ${lastSeen} > w.warned_at`,
    );
    const warned: { account_id: string }[] = await this.db.query(
      `INSERT INTO inactivity_warning (account_id, warned_at)
       SELECT a.id, $1::timestamptz FROM account a
        WHERE a.status IN ('active', 'pending_activation') AND NOT a.is_server_admin
          AND NOT EXISTS (SELECT 1 FROM inactivity_warning w WHERE w.account_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM privacy_request r WHERE r.account_id = a.id AND r.kind = 'erasure' AND r.status IN ('pending', 'running'))
          AND ${lastSeen} < $1::timestamptz - make_interval(days => COALESCE(
                (SELECT max(COALESCE(r.days, $2)) FROM membership m
                   LEFT JOIN retention_setting r ON r.community_id = m.community_id AND r.rule_key = $3
                  WHERE m.account_id = a.id), $2))
       RETURNING account_id`,
      [now, INACTIVE_ACCOUNTS.defaultDays, INACTIVE_ACCOUNTS.key],
    );
    const eraseOn = new Date(now.getTime() + INACTIVITY_NOTICE_DAYS * DAY);
    for (const { account_id } of warned) {
      const format = await personalFormat(this.db.manager, account_id);
      if (!format) continue;
      await this.notifications.notify(
        {
          accountIds: [account_id],
          communityId: null,
          kind: 'account_inactive',
          data: { on: dayInWords(eraseOn, format.locale, format.timeZone) },
          link: '/compte/donnees',
        },
        now,
      );
    }
    const due: { account_id: string }[] = await this.db.query(
      `SELECT w.account_id FROM inactivity_warning w
        WHERE w.warned_at < $1::timestamptz - make_interval(days => $2)`,
      [now, INACTIVITY_NOTICE_DAYS],
    );
    for (const { account_id } of due) {
      await this.erasure.schedule(account_id, {
        via: 'retention',
        requestedBy: null,
        communityId: null,
        reason: 'Compte sans connexion depuis longtemps, prévenu sans réponse',
        now: true,
      });
    }
    if (warned.length || due.length)
      await this.db.query(
        `INSERT INTO retention_run (rule_key, community_id, count, ran_at) VALUES ($1, NULL, $2, $3)`,
        [INACTIVE_ACCOUNTS.key, warned.length + due.length, now],
      );
    return { warned: warned.length, erased: due.length };
  }
}
