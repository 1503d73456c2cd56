import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppError,
  fieldProblem,
  Outbox,
  parseInput,
  RATE_RULES,
  RateLimits,
  Transactions,
  type AppConfig,
  type Viewer,
} from '@palier/server-core';
import {
  activateAccountInput,
  changePasswordInput,
  emailRule,
  isLocale,
  logInInput,
  profileInput,
  resetPasswordInput,
  signUpInput,
} from '@palier/shared';
import type { Request, Response } from 'express';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { passwordResetEmail } from '../identity.emails';
import { SessionsService } from '../sessions/sessions.service';
import '../identity.events';
import { AccountTokenEntity } from './account-token.entity';
import { AccountEntity } from './account.entity';
import { hashPassword, refuseCommonPassword, verifyPassword } from './passwords';
import { normaliseCode, randomSecret, sha256 } from './secret-tokens';

const RESET_MINUTES = 60;
const WRONG_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

function ipOf(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

/** Accounts: sign up, log in and out, passwords, activation of accounts made at the desk. */
@Injectable()
export class AccountsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionsService,
    private readonly limits: RateLimits,
    private readonly outbox: Outbox,
    private readonly tx: Transactions,
  ) {}

  async signUp(input: unknown, req: Request, res: Response): Promise<string> {
    await this.limits.consume(RATE_RULES.signUpPerIp, ipOf(req));
    const data = parseInput(signUpInput, input);
    refuseCommonPassword(data.password, 'password');
    const passwordHash = await hashPassword(data.password);
    return this.db.transaction(async (manager) => {
      const accounts = manager.getRepository(AccountEntity);
      if (await accounts.existsBy({ email: data.email }))
        throw AppError.badInput([fieldProblem('email', 'taken')]);
      const account = await accounts.save({
        email: data.email,
        login: null,
        passwordHash,
        displayName: data.displayName,
        locale: data.locale,
        status: 'active',
      });
      await this.sessions.open(account.id, req, res, manager);
      return account.id;
    });
  }

  async logIn(input: unknown, req: Request, res: Response): Promise<string> {
    await this.limits.consume(
      { ...RATE_RULES.logInPerIp, points: this.config.loginAttemptsPerIp },
      ipOf(req),
    );
    const data = parseInput(logInInput, input);
    const key = data.identifier.toLowerCase();
    await this.limits.check(RATE_RULES.logInFailuresPerAccount, key);
    const account = await this.db
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.email = :id OR a.login = :id', { id: key })
      .getOne();
    // An account made at the desk has no password until its printed code is used: say so, the
    // person needs that advice more than the (random-looking) login needs hiding.
    if (account?.status === 'pending_activation' && !account.passwordHash) {
      const problem = fieldProblem('identifier', 'not_activated');
      throw new AppError('UNAUTHENTICATED', problem.message, [problem]);
    }
    const ok = await verifyPassword(account?.passwordHash, data.password);
    if (!account || !ok) {
      await this.limits.consume(RATE_RULES.logInFailuresPerAccount, key).catch(() => undefined);
      throw AppError.unauthenticated(WRONG_CREDENTIALS);
    }
    if (account.status !== 'active') throw AppError.unauthenticated(WRONG_CREDENTIALS);
    await this.limits.reset(RATE_RULES.logInFailuresPerAccount, key);
    await this.sessions.open(account.id, req, res);
    return account.id;
  }

  async logOut(viewer: Viewer, res: Response): Promise<boolean> {
    const sessionIds = await this.sessions.revoke(viewer.sessionId);
    await this.tx.publish({ type: 'sessions.revoked', payload: { sessionIds } });
    this.sessions.clearCookie(res);
    return true;
  }

  async logOutEverywhere(viewer: Viewer, res: Response): Promise<boolean> {
    const sessionIds = await this.sessions.revokeAll(viewer.accountId);
    await this.tx.publish({ type: 'sessions.revoked', payload: { sessionIds } });
    this.sessions.clearCookie(res);
    return true;
  }

  async updateProfile(viewer: Viewer, input: unknown): Promise<void> {
    const data = parseInput(profileInput, input);
    await this.db.getRepository(AccountEntity).update(viewer.accountId, data);
    await this.tx.publish({ type: 'viewer.changed', payload: { accountIds: [viewer.accountId] } });
  }

  /**
   * Asks again for the viewer's password before a serious act (new password, account deletion):
   * a stolen open session is not enough. Failures count towards the account's login limit.
   */
  async confirmPassword(viewer: Viewer, password: unknown, field: string): Promise<void> {
    await this.limits.check(RATE_RULES.logInFailuresPerAccount, viewer.accountId);
    const account = await this.db
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .addSelect('a.passwordHash')
      .where('a.id = :id', { id: viewer.accountId })
      .getOneOrFail();
    if (
      typeof password !== 'string' ||
      password.length > 1000 ||
      !(await verifyPassword(account.passwordHash, password))
    ) {
      await this.limits
        .consume(RATE_RULES.logInFailuresPerAccount, viewer.accountId)
        .catch(() => undefined);
      throw new AppError('BAD_USER_INPUT', 'Le mot de passe actuel n’est pas le bon.', [
        { field, code: 'invalid_format', message: 'Le mot de passe actuel n’est pas le bon.' },
      ]);
    }
  }

  /** Changes the password; every other session of the account is logged out. */
  async changePassword(viewer: Viewer, input: unknown): Promise<boolean> {
    const data = parseInput(changePasswordInput, input);
    await this.confirmPassword(viewer, data.currentPassword, 'currentPassword');
    refuseCommonPassword(data.newPassword, 'newPassword');
    const passwordHash = await hashPassword(data.newPassword);
    await this.tx.run(async (manager, emit) => {
      await manager.getRepository(AccountEntity).update(viewer.accountId, { passwordHash });
      const sessionIds = await this.sessions.revokeAll(viewer.accountId, manager, viewer.sessionId);
      emit({ type: 'sessions.revoked', payload: { sessionIds } });
    });
    return true;
  }

  /** Sends a reset link when the address belongs to an account; answers the same either way. */
  async requestPasswordReset(email: string, req: Request): Promise<boolean> {
    await this.limits.consume(RATE_RULES.resetPerIp, ipOf(req));
    const address = parseInput(emailRule, email);
    await this.limits.consume(RATE_RULES.resetPerAccount, address);
    const account = await this.db
      .getRepository(AccountEntity)
      .findOneBy({ email: address, status: 'active' });
    if (!account) return true;
    const token = randomSecret();
    await this.db.transaction(async (manager) => {
      const row = await manager.getRepository(AccountTokenEntity).save({
        accountId: account.id,
        kind: 'password_reset',
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      });
      const locale = isLocale(account.locale) ? account.locale : 'fr';
      const link = `${this.config.publicUrl}/mot-de-passe/nouveau?jeton=${encodeURIComponent(token)}`;
      const content = passwordResetEmail(locale, account.displayName, link);
      await this.outbox.enqueue(manager, {
        idempotencyKey: `password-reset:${row.id}`,
        accountId: account.id,
        to: address,
        locale,
        kind: 'password_reset',
        subject: content.subject,
        text: content.text,
      });
    });
    return true;
  }

  async resetPassword(input: unknown, req: Request, res: Response): Promise<string> {
    await this.limits.consume(RATE_RULES.activationPerIp, ipOf(req));
    const data = parseInput(resetPasswordInput, input);
    refuseCommonPassword(data.newPassword, 'newPassword');
    const passwordHash = await hashPassword(data.newPassword);
    return this.tx.run(async (manager, emit) => {
      const token = await manager.getRepository(AccountTokenEntity).findOne({
        where: {
          tokenHash: sha256(data.token),
          kind: 'password_reset',
          usedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token)
        throw new AppError('BAD_USER_INPUT', 'Ce lien ne marche plus : demandez-en un nouveau.');
      await manager.getRepository(AccountTokenEntity).update(token.id, { usedAt: new Date() });
      await manager.getRepository(AccountEntity).update(token.accountId, { passwordHash });
      emit({
        type: 'sessions.revoked',
        payload: { sessionIds: await this.sessions.revokeAll(token.accountId, manager) },
      });
      await this.sessions.open(token.accountId, req, res, manager);
      return token.accountId;
    });
  }

  /** The resident sets their password with the code printed at the desk, and is logged in. */
  async activate(input: unknown, req: Request, res: Response): Promise<string> {
    await this.limits.consume(RATE_RULES.activationPerIp, ipOf(req));
    const data = parseInput(activateAccountInput, input);
    refuseCommonPassword(data.password, 'password');
    const passwordHash = await hashPassword(data.password);
    return this.tx.run(async (manager, emit) => {
      const rows: { token_id: string; account_id: string }[] = await manager.query(
        `SELECT t.id AS token_id, a.id AS account_id
           FROM account_token t JOIN account a ON a.id = t.account_id
          WHERE a.login = $1 AND t.kind = 'activation' AND t.token_hash = $2
            AND t.used_at IS NULL AND t.expires_at > now() AND a.status <> 'disabled'
          FOR UPDATE OF t`,
        [data.login.toLowerCase(), sha256(normaliseCode(data.code))],
      );
      const row = rows[0];
      if (!row) {
        throw new AppError(
          'BAD_USER_INPUT',
          'Cet identifiant et ce code ne vont pas ensemble, ou le code a expiré. Vérifiez la feuille remise à l’accueil.',
        );
      }
      await manager.getRepository(AccountTokenEntity).update(row.token_id, { usedAt: new Date() });
      await manager
        .getRepository(AccountEntity)
        .update(row.account_id, { passwordHash, status: 'active' });
      emit({
        type: 'sessions.revoked',
        payload: { sessionIds: await this.sessions.revokeAll(row.account_id, manager) },
      });
      await this.sessions.open(row.account_id, req, res, manager);
      return row.account_id;
    });
  }
}
