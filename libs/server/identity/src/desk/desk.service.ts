import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLog,
  APP_CONFIG,
  AppError,
  fieldProblem,
  parseInput,
  type AppConfig,
  type Viewer,
} from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import { deskAccountInput, type FieldProblem, type FileReason } from '@palier/shared';
import * as QRCode from 'qrcode';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountTokenEntity } from '../accounts/account-token.entity';
import { AccountEntity } from '../accounts/account.entity';
import { activationCode, normaliseCode, sha256 } from '../accounts/secret-tokens';
import type { DeskActionDto } from '../dto/account.dto';
import type { ActivationSheetDto } from '../dto/member.dto';
import type { ResidentFileDto } from '../dto/resident-file.dto';
import { HouseholdsService } from '../households/households.service';
import { MembershipEntity } from '../memberships/membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { DeskActionEntity, DeskSessionEntity } from './desk.entity';

export interface DeskConsent {
  residentPresent: boolean;
  residentAgrees: boolean;
}

/** What is missing for staff to act for a resident: both ticks, present and agreeing. */
export function deskConsentProblems(consent: DeskConsent): FieldProblem[] {
  const problems = [];
  if (consent.residentPresent !== true)
    problems.push(fieldProblem('residentPresent', 'not_accepted'));
  if (consent.residentAgrees !== true)
    problems.push(fieldProblem('residentAgrees', 'not_accepted'));
  return problems;
}

const ACTIVATION_DAYS = 30;

/** The reasons for opening a file, as the access log tells the resident. */
const FILE_REASON_WORDS: Record<FileReason, string> = {
  visit: 'Accueil de la personne',
  appointment: 'Rendez-vous',
  registration: 'Inscription à une activité',
  request: 'Demande de la personne',
  other: 'Autre raison',
};

/** Why a desk action touched the resident's data, as the access log tells them. */
const DESK_ACTION_REASONS: Record<string, string> = {
  account_created: 'Compte créé à l’accueil, avec la personne présente et d’accord',
  activation_code_reissued:
    'Nouveau code d’activation imprimé, avec la personne présente et d’accord',
};
const DESK_SESSION_MINUTES = 30;

/** "bénédicte Ngô" → "benedicte": the readable part of a login. */
export function loginStem(displayName: string): string {
  const stem = displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .find((part) => part.length > 0);
  return (stem ?? 'membre').slice(0, 12);
}

/** A login not taken yet, from the person's name ("amina-4821"). */
export async function freeLogin(manager: EntityManager, displayName: string): Promise<string> {
  const stem = loginStem(displayName);
  for (let attempt = 0; attempt < 20; attempt++) {
    const login = `${stem}-${randomInt(1000, 10000)}`;
    if (!(await manager.getRepository(AccountEntity).existsBy({ login }))) return login;
  }
  throw new AppError('CONFLICT', 'Impossible de trouver un identifiant libre. Réessayez.');
}

/**
 * Desk mode: staff act for a resident who is present and agrees — never silently. Each action is
 * recorded and shown to the resident ("fait pour vous par Nadia, le 3 mars").
 */
@Injectable()
export class DeskService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly communities: CommunityService,
    private readonly memberships: MembershipsService,
    private readonly accessLog: AccessLog,
    private readonly households: HouseholdsService,
  ) {}

  private requireConsent(consent: DeskConsent): void {
    const problems = deskConsentProblems(consent);
    if (problems.length) {
      throw AppError.badInput(
        problems,
        'Cochez les deux cases : la personne est là et elle est d’accord.',
      );
    }
  }

  /**
   * Records something staff did for a resident who is present and agrees (the caller checked the
   * two ticks): the desk history the resident sees and the access log, in the caller's
   * transaction. Other modules use it for what they do at the desk (e.g. a booking).
   */
  async recordAction(
    manager: EntityManager,
    staff: Viewer,
    communityId: string,
    residentAccountId: string,
    action: string,
    details: Record<string, string | number | boolean> = {},
    reason?: string,
  ): Promise<DeskActionEntity> {
    const now = new Date();
    const session = await manager.getRepository(DeskSessionEntity).save({
      communityId,
      staffAccountId: staff.accountId,
      residentAccountId,
      residentPresent: true,
      residentAgrees: true,
      startedAt: now,
      expiresAt: new Date(now.getTime() + DESK_SESSION_MINUTES * 60_000),
    });
    await this.accessLog.record(manager, {
      communityId,
      staffAccountId: staff.accountId,
      subjectAccountId: residentAccountId,
      action: 'desk_action',
      reason: reason ?? DESK_ACTION_REASONS[action] ?? action,
      details,
    });
    return manager.getRepository(DeskActionEntity).save({
      deskSessionId: session.id,
      communityId,
      staffAccountId: staff.accountId,
      residentAccountId,
      action,
      details,
      createdAt: now,
    });
  }

  /**
   * Creates an account for a resident who has no email (or prefers the desk): they are admitted
   * as a resident, their acceptance of the charter and privacy notice is recorded as given at the
   * desk, and a one-time activation code is printed for them to choose their password.
   */
  async createAccount(
    staff: Viewer,
    communityId: string,
    input: unknown,
    consent: DeskConsent,
  ): Promise<ActivationSheetDto> {
    this.requireConsent(consent);
    const data = parseInput(deskAccountInput, input);
    return this.db.transaction(async (manager) => {
      const accounts = manager.getRepository(AccountEntity);
      if (data.email && (await accounts.existsBy({ email: data.email }))) {
        throw AppError.badInput([fieldProblem('email', 'taken')]);
      }
      const login = await freeLogin(manager, data.displayName);
      const account = await accounts.save({
        email: data.email ?? null,
        login,
        passwordHash: null,
        displayName: data.displayName,
        locale: data.locale,
        status: 'pending_activation',
        createdByAccountId: staff.accountId,
      });
      const action = await this.recordAction(
        manager,
        staff,
        communityId,
        account.id,
        'account_created',
      );
      await this.memberships.admit(manager, communityId, account.id, 'resident', staff.accountId);
      const current = await this.communities.currentDocuments(communityId, manager);
      await this.memberships.recordAcceptance(
        manager,
        account.id,
        communityId,
        {
          charterVersion: current.charter.version,
          privacyNoticeVersion: current.privacy_notice.version,
        },
        action.id,
      );
      return this.issueCode(manager, staff, communityId, { ...account, login });
    });
  }

  /** A new activation code for a resident of this community (lost sheet, forgotten password). */
  async reissueCode(
    staff: Viewer,
    communityId: string,
    accountId: string,
    consent: DeskConsent,
  ): Promise<ActivationSheetDto> {
    this.requireConsent(consent);
    return this.db.transaction(async (manager) => {
      const member = await manager
        .getRepository(MembershipEntity)
        .findOneBy({ communityId, accountId });
      if (!member) throw AppError.notFound();
      const account = await manager.getRepository(AccountEntity).findOneByOrFail({ id: accountId });
      if (account.status === 'disabled') throw AppError.forbidden();
      const login = account.login ?? (await freeLogin(manager, account.displayName));
      if (!account.login) await manager.getRepository(AccountEntity).update(account.id, { login });
      await manager
        .getRepository(AccountTokenEntity)
        .update({ accountId, kind: 'activation', usedAt: IsNull() }, { expiresAt: new Date() });
      await this.recordAction(manager, staff, communityId, account.id, 'activation_code_reissued');
      return this.issueCode(manager, staff, communityId, { ...account, login });
    });
  }

  private async issueCode(
    manager: EntityManager,
    staff: Viewer,
    communityId: string,
    account: { id: string; displayName: string; login: string },
  ): Promise<ActivationSheetDto> {
    const code = activationCode();
    const expiresAt = new Date(Date.now() + ACTIVATION_DAYS * 24 * 60 * 60 * 1000);
    await manager.getRepository(AccountTokenEntity).insert({
      accountId: account.id,
      kind: 'activation',
      tokenHash: sha256(normaliseCode(code)),
      expiresAt,
      createdByAccountId: staff.accountId,
    });
    const community = await this.communities.getById(communityId, manager);
    const activationUrl = `${this.config.publicUrl}/activer`;
    const link = `${activationUrl}?identifiant=${encodeURIComponent(account.login)}&code=${encodeURIComponent(code)}`;
    const qrCodeSvg = await QRCode.toString(link, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    return {
      accountId: account.id,
      displayName: account.displayName,
      communityName: community.name,
      login: account.login,
      code,
      activationUrl,
      qrCodeSvg,
      expiresAt,
    };
  }

  /**
   * Staff open a resident's file: who they are, their household, consents and desk history in
   * this community. Each opening is written to the access log with the reason chosen, and the
   * resident sees it in "Mes données".
   */
  async residentFile(
    staff: Viewer,
    communityId: string,
    accountId: string,
    reason: FileReason,
  ): Promise<ResidentFileDto> {
    const file = await this.db.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT a.id, a.display_name, a.email, a.login, a.status AS account_status, m.role,
                m.status AS membership_status, m.requested_at,
                EXISTS (SELECT 1 FROM privacy_request r WHERE r.account_id = a.id AND r.kind = 'erasure'
                          AND r.status IN ('pending', 'running')) AS erasure_planned
           FROM membership m JOIN account a ON a.id = m.account_id
          WHERE m.community_id = $1 AND m.account_id = $2`,
        [communityId, accountId],
      );
      if (!row) throw AppError.notFound('Cette personne n’est pas membre de cette communauté.');
      const consents: {
        kind: string;
        version: number | null;
        granted: boolean;
        recorded_at: Date;
      }[] = await manager.query(
        `SELECT kind, version, granted, recorded_at FROM consent
            WHERE account_id = $1 AND community_id = $2 ORDER BY recorded_at DESC LIMIT 50`,
        [accountId, communityId],
      );
      await this.accessLog.record(manager, {
        communityId,
        staffAccountId: staff.accountId,
        subjectAccountId: accountId,
        action: 'open_file',
        reason: FILE_REASON_WORDS[reason],
      });
      return { row, consents };
    });
    const { row, consents } = file;
    return {
      accountId: row.id,
      displayName: row.display_name,
      email: row.email,
      login: row.login,
      accountStatus: row.account_status,
      role: row.role,
      membershipStatus: row.membership_status,
      memberSince: row.requested_at,
      household: await this.households.mine(accountId),
      consents: consents.map((c) => ({
        kind: c.kind,
        version: c.version,
        granted: c.granted,
        recordedAt: c.recorded_at,
      })),
      deskActions: await this.history(accountId, communityId),
      erasurePlanned: row.erasure_planned,
    };
  }

  /** What staff did for this person at the desk (in one community, if given), latest first. */
  async history(accountId: string, communityId: string | null = null): Promise<DeskActionDto[]> {
    const rows: {
      id: string;
      action: string;
      staff: string | null;
      community: string;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT d.id, d.action, s.display_name AS staff, c.name AS community, d.created_at
         FROM desk_action d JOIN community c ON c.id = d.community_id
         LEFT JOIN account s ON s.id = d.staff_account_id
        WHERE d.resident_account_id = $1 AND ($2::uuid IS NULL OR d.community_id = $2::uuid)
        ORDER BY d.created_at DESC LIMIT 100`,
      [accountId, communityId],
    );
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      staffName: r.staff ?? 'Ancien membre',
      communityName: r.community,
      createdAt: r.created_at,
    }));
  }
}
