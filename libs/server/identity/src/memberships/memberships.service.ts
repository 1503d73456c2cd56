import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  COMMUNITY_ROLES,
  decodeCursor,
  encodeCursor,
  parseInput,
  Transactions,
  type CommunityRole,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { CommunityService, type DocumentKind } from '@palier/server-community';
import { decisionMessageRule } from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { MemberConnectionDto, MemberDto, RoleChangeDto } from '../dto/member.dto';
import { MembershipStatusEnum, RoleEnum } from '../identity.enums';
import '../identity.events';
import { ConsentEntity } from './consent.entity';
import { MembershipEntity } from './membership.entity';
import { RoleChangeEntity } from './role-change.entity';

export interface AcceptedVersions {
  charterVersion: number;
  privacyNoticeVersion: number;
}

interface MemberRow {
  id: string;
  account_id: string;
  display_name: string;
  email: string | null;
  login: string | null;
  role: CommunityRole;
  status: string;
  account_status: string;
  requested_at: Date;
  decision_message: string | null;
}

const toMember = (r: MemberRow): MemberDto => ({
  id: r.id,
  accountId: r.account_id,
  displayName: r.display_name,
  email: r.email,
  login: r.login,
  role: r.role as RoleEnum,
  status: r.status as MembershipStatusEnum,
  awaitingActivation: r.account_status === 'pending_activation',
  requestedAt: r.requested_at,
  decisionMessage: r.decision_message,
});

const MEMBER_COLUMNS = `m.id, m.account_id, a.display_name, a.email, a.login, m.role, m.status,
  a.status AS account_status, m.requested_at, m.decision_message`;

/** Memberships: joining through the sas, the builder's queue, roles and their log. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly communities: CommunityService,
    private readonly tx: Transactions,
  ) {}

  /** For the access guard: the active membership of an account in a community. */
  async activeMembership(
    accountId: string,
    communityId: string,
  ): Promise<ViewerMembership | undefined> {
    const row = await this.db
      .getRepository(MembershipEntity)
      .findOneBy({ accountId, communityId, status: 'active' });
    return row ? { membershipId: row.id, communityId, role: row.role } : undefined;
  }

  /** The accounts holding one of these roles, active, in a community (e.g. whom to notify). */
  async accountsWithRoles(communityId: string, roles: CommunityRole[]): Promise<string[]> {
    const rows: { account_id: string }[] = await this.db.query(
      `SELECT account_id FROM membership WHERE community_id = $1 AND status = 'active' AND role = ANY($2::text[])`,
      [communityId, roles],
    );
    return rows.map((r) => r.account_id);
  }

  /** Joins (or asks to join) a community, accepting the charter and privacy notice in force. */
  async join(
    viewer: Viewer,
    communityId: string,
    versions: AcceptedVersions,
  ): Promise<MembershipEntity> {
    return this.tx.run(async (manager, emit) => {
      const community = await this.communities.getById(communityId, manager);
      await this.recordAcceptance(manager, viewer.accountId, communityId, versions, null);
      const memberships = manager.getRepository(MembershipEntity);
      const existing = await memberships.findOne({
        where: { accountId: viewer.accountId, communityId },
        lock: { mode: 'pessimistic_write' },
      });
      const status = community.admissionMode === 'automatic' ? 'active' : 'pending';
      if (existing?.status === 'suspended')
        throw AppError.forbidden(
          'Votre compte est suspendu dans cette communauté. Parlez-en à l’accueil.',
        );
      if (existing && existing.status !== 'declined') return existing;
      const now = new Date();
      const values = {
        status,
        requestedAt: now,
        decidedAt: status === 'active' ? now : null,
        decidedByAccountId: null,
        decisionMessage: null,
      } as const;
      const membership = await memberships.save(
        existing
          ? { ...existing, ...values }
          : { accountId: viewer.accountId, communityId, role: 'resident' as const, ...values },
      );
      if (status === 'active')
        emit({ type: 'viewer.changed', payload: { accountIds: [viewer.accountId] } });
      if (status === 'pending') {
        emit({
          type: 'membership.requested',
          payload: {
            communityId,
            membershipId: membership.id,
            accountId: viewer.accountId,
            displayName: viewer.displayName,
          },
        });
      }
      return membership;
    });
  }

  /** Accepts the texts in force again (after the community published a new version). */
  async acceptDocuments(
    viewer: Viewer,
    communityId: string,
    versions: AcceptedVersions,
  ): Promise<void> {
    await this.db.transaction((manager) =>
      this.recordAcceptance(manager, viewer.accountId, communityId, versions, null),
    );
  }

  /**
   * Records the consent to the charter and to the privacy notice, with their versions. The
   * versions must be the ones in force: a person accepts what they were shown.
   */
  async recordAcceptance(
    manager: EntityManager,
    accountId: string,
    communityId: string,
    versions: AcceptedVersions,
    deskActionId: string | null,
  ): Promise<void> {
    const current = await this.communities.currentDocuments(communityId, manager);
    if (
      current.charter.version !== versions.charterVersion ||
      current.privacy_notice.version !== versions.privacyNoticeVersion
    ) {
      throw new AppError(
        'CONFLICT',
        'La charte ou la notice de confidentialité vient de changer : relisez-la avant d’accepter.',
      );
    }
    const now = new Date();
    await manager.getRepository(ConsentEntity).insert(
      (['charter', 'privacy_notice'] as const).map((kind) => ({
        accountId,
        communityId,
        kind,
        documentId: current[kind].id,
        version: current[kind].version,
        granted: true,
        recordedAt: now,
        deskActionId,
      })),
    );
  }

  /** Which documents of each of the account's communities have a version not yet accepted. */
  async documentsToAccept(accountId: string): Promise<Map<string, DocumentKind[]>> {
    const rows: { community_id: string; kind: DocumentKind }[] = await this.db.query(
      `SELECT d.community_id, d.kind
         FROM (SELECT DISTINCT ON (community_id, kind) community_id, kind, version
                 FROM community_document ORDER BY community_id, kind, version DESC) d
         JOIN membership m ON m.community_id = d.community_id AND m.account_id = $1
        WHERE NOT EXISTS (SELECT 1 FROM consent c
                           WHERE c.account_id = $1 AND c.community_id = d.community_id
                             AND c.kind = d.kind AND c.version = d.version AND c.granted)`,
      [accountId],
    );
    const result = new Map<string, DocumentKind[]>();
    for (const r of rows)
      result.set(r.community_id, [...(result.get(r.community_id) ?? []), r.kind]);
    return result;
  }

  /** The builder's queue: requests waiting for a decision, oldest first. */
  async pending(communityId: string): Promise<MemberDto[]> {
    const rows: MemberRow[] = await this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM membership m JOIN account a ON a.id = m.account_id
        WHERE m.community_id = $1 AND m.status = 'pending' ORDER BY m.requested_at, m.id LIMIT 200`,
      [communityId],
    );
    return rows.map(toMember);
  }

  async decide(
    decider: Viewer,
    communityId: string,
    membershipId: string,
    admit: boolean,
    message: unknown,
  ): Promise<MemberDto> {
    const note = parseInput(decisionMessageRule, message ?? undefined) ?? null;
    return this.tx.run(async (manager, emit) => {
      const memberships = manager.getRepository(MembershipEntity);
      const membership = await memberships.findOne({
        where: { id: membershipId, communityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw AppError.notFound();
      if (membership.status !== 'pending')
        throw new AppError('CONFLICT', 'Cette demande a déjà reçu une réponse.');
      await memberships.update(membership.id, {
        status: admit ? 'active' : 'declined',
        decidedAt: new Date(),
        decidedByAccountId: decider.accountId,
        decisionMessage: note,
      });
      // The member is told by the notifications module (in the app, and by email as they chose).
      emit({
        type: 'membership.decided',
        payload: {
          communityId,
          membershipId: membership.id,
          accountId: membership.accountId,
          admitted: admit,
          message: note,
        },
      });
      return this.member(manager, communityId, membership.id);
    });
  }

  private async member(
    manager: EntityManager,
    communityId: string,
    membershipId: string,
  ): Promise<MemberDto> {
    const rows: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM membership m JOIN account a ON a.id = m.account_id WHERE m.community_id = $1 AND m.id = $2`,
      [communityId, membershipId],
    );
    if (!rows[0]) throw AppError.notFound();
    return toMember(rows[0]);
  }

  /** Members of a community by name (staff lists and desk look-up), keyset-paginated. */
  async members(
    communityId: string,
    search: string | null,
    first: number,
    after: string | null,
  ): Promise<MemberConnectionDto> {
    const limit = Math.min(Math.max(first, 1), 100);
    const params: unknown[] = [communityId];
    let where = `m.community_id = $1`;
    const term = search?.trim().slice(0, 80);
    if (term) {
      params.push(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND (a.display_name ILIKE $${params.length} OR a.login::text ILIKE $${params.length} OR a.email::text ILIKE $${params.length})`;
    }
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      params.push(name, id);
      where += ` AND (lower(a.display_name), m.id) > (lower($${params.length - 1}), $${params.length}::uuid)`;
    }
    params.push(limit + 1);
    const rows: MemberRow[] = await this.db.query(
      `SELECT ${MEMBER_COLUMNS} FROM membership m JOIN account a ON a.id = m.account_id
        WHERE ${where} ORDER BY lower(a.display_name), m.id LIMIT $${params.length}`,
      params,
    );
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.display_name, r.id]),
      node: toMember(r),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  /** Admin: changes a member's role (logged); a community always keeps at least one admin. */
  async changeRole(
    admin: Viewer,
    communityId: string,
    membershipId: string,
    role: CommunityRole,
  ): Promise<MemberDto> {
    if (!COMMUNITY_ROLES.includes(role)) throw AppError.badInput([]);
    return this.tx.run(async (manager, emit) => {
      const memberships = manager.getRepository(MembershipEntity);
      // Lock the community's admins too, so two admins cannot demote each other at once.
      await manager.query(
        `SELECT id FROM membership WHERE community_id = $1 AND role = 'admin' FOR UPDATE`,
        [communityId],
      );
      const membership = await memberships.findOne({
        where: { id: membershipId, communityId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) throw AppError.notFound();
      if (membership.status !== 'active')
        throw new AppError('CONFLICT', 'Seul un membre admis peut recevoir un rôle.');
      if (membership.role === role) return this.member(manager, communityId, membershipId);
      if (membership.role === 'admin') {
        const admins = await memberships.countBy({ communityId, role: 'admin', status: 'active' });
        if (admins <= 1)
          throw new AppError(
            'CONFLICT',
            'La communauté doit garder au moins une personne administratrice.',
          );
      }
      await memberships.update(membership.id, { role });
      await manager.getRepository(RoleChangeEntity).insert({
        communityId,
        accountId: membership.accountId,
        fromRole: membership.role,
        toRole: role,
        changedByAccountId: admin.accountId,
        changedAt: new Date(),
      });
      emit({ type: 'viewer.changed', payload: { accountIds: [membership.accountId] } });
      return this.member(manager, communityId, membershipId);
    });
  }

  async roleChanges(communityId: string): Promise<RoleChangeDto[]> {
    const rows: {
      id: string;
      member: string;
      from_role: string | null;
      to_role: string;
      changed_by: string | null;
      changed_at: Date;
    }[] = await this.db.query(
      `SELECT r.id, a.display_name AS member, r.from_role, r.to_role, b.display_name AS changed_by, r.changed_at
           FROM role_change r JOIN account a ON a.id = r.account_id LEFT JOIN account b ON b.id = r.changed_by_account_id
          WHERE r.community_id = $1 ORDER BY r.changed_at DESC LIMIT 200`,
      [communityId],
    );
    return rows.map((r) => ({
      id: r.id,
      memberName: r.member,
      fromRole: r.from_role as RoleEnum | null,
      toRole: r.to_role as RoleEnum,
      changedBy: r.changed_by ?? 'Ancien membre',
      changedAt: r.changed_at,
    }));
  }

  /** Puts a person in a community with a role at once (community creation, demo, desk). */
  async admit(
    manager: EntityManager,
    communityId: string,
    accountId: string,
    role: CommunityRole,
    byAccountId: string | null,
  ): Promise<MembershipEntity> {
    const now = new Date();
    const membership = await manager.getRepository(MembershipEntity).save({
      communityId,
      accountId,
      role,
      status: 'active',
      requestedAt: now,
      decidedAt: now,
      decidedByAccountId: byAccountId,
    });
    await manager.getRepository(RoleChangeEntity).insert({
      communityId,
      accountId,
      fromRole: null,
      toRole: role,
      changedByAccountId: byAccountId,
      changedAt: now,
    });
    return membership;
  }
}
