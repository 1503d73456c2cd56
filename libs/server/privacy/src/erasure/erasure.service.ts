import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLog,
  APP_CONFIG,
  AppError,
  fieldProblem,
  PrivacyRegistry,
  Transactions,
  type AppConfig,
  type Viewer,
} from '@palier/server-core';
import { AccountsService, deskConsentProblems, SessionsService } from '@palier/server-identity';
import { NotificationsService } from '@palier/server-notifications';
import { DataSource, type EntityManager } from 'typeorm';
import {
  fromPrivacyRequestRow,
  PRIVACY_REQUEST_COLUMNS,
  type PrivacyRequestDto,
  type PrivacyRequestRow,
} from '../dto/privacy-request.dto';
import { dayInWords, personalFormat } from '../privacy-dates';

export interface ErasureOrigin {
  via: 'self' | 'desk' | 'parent' | 'retention';
  requestedBy: string | null;
  communityId: string | null;
  reason: string | null;
  /** Erase at once (the grace period was already given, e.g. after an inactivity warning). */
  now?: boolean;
}

/**
 * Account deletion. A request waits for a grace period (the person may cancel), then every
 * module's erasure hook runs, each in its own transaction that also records the module as done:
 * a run killed half-way goes on where it stopped at the next turn, and the account itself goes
 * last. The request row stays as the record that an erasure was asked and done, without the person.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Erasure');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly registry: PrivacyRegistry,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly notifications: NotificationsService,
    private readonly accessLog: AccessLog,
  ) {}

  /** The member deletes their own account, after typing their password again. */
  async requestOwn(viewer: Viewer, password: unknown): Promise<PrivacyRequestDto> {
    await this.accounts.confirmPassword(viewer, password, 'password');
    return this.schedule(viewer.accountId, {
      via: 'self',
      requestedBy: viewer.accountId,
      communityId: null,
      reason: null,
    });
  }

  /**
   * A parent deletes the account they opened for a child (password asked again): erased at the
   * next run, without a grace period — the parent decided.
   */
  async requestForChild(
    parent: Viewer,
    childAccountId: string,
    password: unknown,
  ): Promise<PrivacyRequestDto> {
    const [child] = await this.db.query(
      `SELECT 1 FROM account WHERE id = $1 AND guardian_account_id = $2`,
      [childAccountId, parent.accountId],
    );
    if (!child) throw AppError.notFound('Ce compte d’enfant n’existe pas.');
    await this.accounts.confirmPassword(parent, password, 'password');
    return this.schedule(childAccountId, {
      via: 'parent',
      requestedBy: parent.accountId,
      communityId: null,
      reason: 'Demande du parent',
      now: true,
    });
  }

  /** The member changes their mind during the grace period. */
  async cancelOwn(viewer: Viewer): Promise<PrivacyRequestDto> {
    const [[row]]: [PrivacyRequestRow[], number] = await this.db.query(
      `UPDATE privacy_request SET status = 'cancelled', completed_at = now()
        WHERE account_id = $1 AND kind = 'erasure' AND status = 'pending'
        RETURNING ${PRIVACY_REQUEST_COLUMNS}`,
      [viewer.accountId],
    );
    if (!row) throw AppError.notFound('Aucune suppression de compte n’est prévue.');
    return fromPrivacyRequestRow(row);
  }

  /**
   * At the desk, a resident who is present asks to delete their account: staff of a community
   * the resident belongs to record it with the reason; the grace period applies as usual.
   */
  async requestAtDesk(
    staff: Viewer,
    communityId: string,
    accountId: string,
    reason: unknown,
    consent: { residentPresent: boolean; residentAgrees: boolean },
  ): Promise<PrivacyRequestDto> {
    const problems = deskConsentProblems(consent);
    const why = typeof reason === 'string' ? reason.trim() : '';
    if (!why) problems.push(fieldProblem('reason', 'required'));
    else if (why.length > 500) problems.push(fieldProblem('reason', 'too_long'));
    if (problems.length) throw AppError.badInput(problems);
    if (accountId === staff.accountId)
      throw AppError.forbidden('Pour supprimer votre propre compte, passez par « Mes données ».');
    const [member] = await this.db.query(
      `SELECT m.role, a.is_server_admin FROM membership m JOIN account a ON a.id = m.account_id
        WHERE m.community_id = $1 AND m.account_id = $2`,
      [communityId, accountId],
    );
    if (!member) throw AppError.notFound('Cette personne n’est pas membre de cette communauté.');
    if (member.role !== 'resident' || member.is_server_admin)
      throw AppError.forbidden(
        'Le compte d’un membre de l’équipe se supprime par la personne elle-même.',
      );
    return this.schedule(
      accountId,
      { via: 'desk', requestedBy: staff.accountId, communityId, reason: why },
      (manager) =>
        this.accessLog.record(manager, {
          communityId,
          staffAccountId: staff.accountId,
          subjectAccountId: accountId,
          action: 'erase_on_request',
          reason: why,
        }),
    );
  }

  /** Plans an erasure (or returns the one already planned) and tells the person when. */
  async schedule(
    accountId: string,
    origin: ErasureOrigin,
    alsoInTransaction?: (manager: EntityManager) => Promise<void>,
  ): Promise<PrivacyRequestDto> {
    const executeAfter = new Date(
      Date.now() + (origin.now ? 0 : this.config.erasureGraceHours * 3_600_000),
    );
    const { row, created, format } = await this.tx.run(async (manager) => {
      const [created]: PrivacyRequestRow[] = await manager.query(
        `INSERT INTO privacy_request (kind, account_id, community_id, requested_by_account_id, requested_via, reason, execute_after)
         VALUES ('erasure', $1, $2, $3, $4, $5, $6)
         ON CONFLICT (account_id, kind) WHERE status IN ('pending', 'running') DO NOTHING
         RETURNING ${PRIVACY_REQUEST_COLUMNS}`,
        [
          accountId,
          origin.communityId,
          origin.requestedBy,
          origin.via,
          origin.reason,
          executeAfter,
        ],
      );
      if (created && alsoInTransaction) await alsoInTransaction(manager);
      const [row]: PrivacyRequestRow[] = created
        ? [created]
        : await manager.query(
            `SELECT ${PRIVACY_REQUEST_COLUMNS} FROM privacy_request
              WHERE account_id = $1 AND kind = 'erasure' AND status IN ('pending', 'running')`,
            [accountId],
          );
      return { row, created: !!created, format: await personalFormat(manager, accountId) };
    });
    if (created && !origin.now && format) {
      await this.notifications.notify({
        accountIds: [accountId],
        communityId: null,
        kind: 'privacy_erasure_scheduled',
        data: { on: dayInWords(executeAfter, format.locale, format.timeZone) },
        link: '/compte/donnees',
      });
    }
    return fromPrivacyRequestRow(row);
  }

  /** Runs the erasures that are due, and finishes any a previous run left half-way. */
  async runDue(now = new Date()): Promise<number> {
    const due: { id: string; account_id: string | null }[] = await this.db.query(
      `SELECT id, account_id FROM privacy_request
        WHERE kind = 'erasure' AND (status = 'running' OR (status = 'pending' AND execute_after <= $1))
        ORDER BY execute_after LIMIT 20`,
      [now],
    );
    let done = 0;
    for (const request of due) {
      try {
        await this.run(request.id);
        done++;
      } catch (error) {
        this.logger.error(`Erasure ${request.id} stopped: ${(error as Error).stack ?? error}`);
        await this.db.query(`UPDATE privacy_request SET last_error = $2 WHERE id = $1`, [
          request.id,
          String((error as Error).message).slice(0, 500),
        ]);
      }
    }
    return done;
  }

  /**
   * Erases one person, module by module. `stopBefore` (tests only) stops before that module, as a
   * process killed there would.
   */
  async run(requestId: string, stopBefore?: string): Promise<void> {
    const [[request]]: [{ account_id: string | null; completed_modules: string[] }[], number] =
      await this.db.query(
        `UPDATE privacy_request SET status = 'running', started_at = COALESCE(started_at, now()),
                attempts = attempts + 1
          WHERE id = $1 AND status IN ('pending', 'running') RETURNING account_id, completed_modules`,
        [requestId],
      );
    if (!request) return;
    const accountId = request.account_id;
    if (accountId) {
      await this.lockOut(accountId);
      const done = new Set(request.completed_modules);
      for (const hooks of this.registry.all()) {
        if (done.has(hooks.module)) continue;
        if (hooks.module === stopBefore) return;
        await this.db.transaction(async (manager) => {
          await hooks.erasePerson(accountId, manager);
          await manager.query(
            `UPDATE privacy_request SET completed_modules = array_append(completed_modules, $2) WHERE id = $1`,
            [requestId, hooks.module],
          );
        });
      }
    }
    await this.db.query(
      `UPDATE privacy_request SET status = 'done', completed_at = now(), account_id = NULL, last_error = NULL
        WHERE id = $1`,
      [requestId],
    );
    this.logger.log(`Erasure ${requestId} done.`);
  }

  /**
   * Before anything is erased: the account can no longer log in, its sessions end (live
   * connections close), and the children it opened an account for, left without a parent, are
   * erased too. Safe to run again.
   */
  private async lockOut(accountId: string): Promise<void> {
    const { sessionIds, children } = await this.db.transaction(async (manager) => {
      await manager.query(`UPDATE account SET status = 'disabled' WHERE id = $1`, [accountId]);
      const sessionIds = await this.sessions.revokeAll(accountId, manager);
      const children: { id: string }[] = await manager.query(
        `SELECT id FROM account WHERE guardian_account_id = $1`,
        [accountId],
      );
      return { sessionIds, children };
    });
    if (sessionIds.length)
      await this.tx.publish({ type: 'sessions.revoked', payload: { sessionIds } });
    await this.tx.publish({ type: 'viewer.changed', payload: { accountIds: [accountId] } });
    for (const child of children) {
      await this.schedule(child.id, {
        via: 'parent',
        requestedBy: null,
        communityId: null,
        reason: 'Compte d’enfant supprimé avec celui de son parent',
        now: true,
      });
    }
  }
}
