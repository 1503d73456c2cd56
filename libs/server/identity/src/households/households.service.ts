import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, parseInput, Transactions, type Viewer } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import {
  childAccountInput,
  childInput,
  householdInput,
  line,
  memberDetailsInput,
} from '@palier/shared';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { hashPassword, refuseCommonPassword } from '../accounts/passwords';
import { freeLogin } from '../desk/desk.service';
import type { HouseholdDto, HouseholdInvitationDto } from '../dto/account.dto';
import { ConsentEntity } from '../memberships/consent.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { GenderEnum, HouseholdMemberKindEnum } from '../identity.enums';
import {
  HouseholdEntity,
  HouseholdInvitationEntity,
  HouseholdMemberEntity,
} from './household.entity';

/** Households: one adult creates it, adds the children, invites the other adults. */
@Injectable()
export class HouseholdsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly memberships: MembershipsService,
    private readonly communities: CommunityService,
  ) {}

  private async myMembership(
    manager: EntityManager,
    accountId: string,
  ): Promise<HouseholdMemberEntity | null> {
    return manager.getRepository(HouseholdMemberEntity).findOneBy({ accountId });
  }

  async mine(accountId: string): Promise<HouseholdDto | null> {
    const me = await this.myMembership(this.db.manager, accountId);
    if (!me) return null;
    const household = await this.db
      .getRepository(HouseholdEntity)
      .findOneByOrFail({ id: me.householdId });
    const members: {
      id: string;
      kind: HouseholdMemberKindEnum;
      name: string;
      birth_year: number | null;
      gender: GenderEnum | null;
      account_id: string | null;
      login: string | null;
    }[] = await this.db.query(
      `SELECT hm.id, hm.kind, COALESCE(a.display_name, hm.first_name) AS name, hm.birth_year, hm.gender, hm.account_id,
              CASE WHEN hm.kind = 'child' THEN a.login END AS login
           FROM household_member hm LEFT JOIN account a ON a.id = hm.account_id
          WHERE hm.household_id = $1 ORDER BY hm.kind, hm.added_at, hm.id`,
      [household.id],
    );
    return {
      id: household.id,
      name: household.name,
      postalCode: household.postalCode,
      members: members.map((m) => ({
        id: m.id,
        kind: m.kind,
        name: m.name,
        birthYear: m.birth_year,
        gender: m.gender,
        isMe: m.account_id === accountId,
        childAccountId: m.kind === 'child' ? m.account_id : null,
        childLogin: m.login,
      })),
    };
  }

  async invitations(accountId: string): Promise<HouseholdInvitationDto[]> {
    const rows: {
      id: string;
      household_name: string;
      invited_by: string | null;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT i.id, h.name AS household_name, a.display_name AS invited_by, i.created_at
         FROM household_invitation i JOIN household h ON h.id = i.household_id
         LEFT JOIN account a ON a.id = i.invited_by_account_id
        WHERE i.account_id = $1 AND i.answered_at IS NULL ORDER BY i.created_at DESC`,
      [accountId],
    );
    return rows.map((r) => ({
      id: r.id,
      householdName: r.household_name,
      invitedBy: r.invited_by ?? '—',
      createdAt: r.created_at,
    }));
  }

  async create(viewer: Viewer, input: unknown): Promise<void> {
    const data = parseInput(householdInput, input);
    await this.db.transaction(async (manager) => {
      if (await this.myMembership(manager, viewer.accountId)) {
        throw new AppError('CONFLICT', 'Vous faites déjà partie d’un foyer.');
      }
      const household = await manager.getRepository(HouseholdEntity).save({
        name: data.name,
        postalCode: data.postalCode ?? null,
        createdByAccountId: viewer.accountId,
      });
      await manager
        .getRepository(HouseholdMemberEntity)
        .insert({ householdId: household.id, kind: 'adult', accountId: viewer.accountId });
    });
  }

  async update(viewer: Viewer, input: unknown): Promise<void> {
    const data = parseInput(householdInput, input);
    const me = await this.requireHousehold(this.db.manager, viewer.accountId);
    await this.db
      .getRepository(HouseholdEntity)
      .update(me.householdId, { name: data.name, postalCode: data.postalCode ?? null });
  }

  async addChild(viewer: Viewer, input: unknown): Promise<void> {
    const data = parseInput(childInput(), input);
    const me = await this.requireHousehold(this.db.manager, viewer.accountId);
    await this.db.getRepository(HouseholdMemberEntity).insert({
      householdId: me.householdId,
      kind: 'child',
      firstName: data.firstName,
      birthYear: data.birthYear,
      gender: data.gender ?? null,
    });
  }

  /**
   * The birth year and gender of myself or of a child of my household (both optional for an adult;
   * a child keeps a birth year). Another adult gives their own.
   */
  async updateMember(viewer: Viewer, memberId: string, input: unknown): Promise<void> {
    const data = parseInput(memberDetailsInput(), input);
    const me = await this.requireHousehold(this.db.manager, viewer.accountId);
    const member = await this.db
      .getRepository(HouseholdMemberEntity)
      .findOneBy({ id: memberId, householdId: me.householdId });
    if (!member) throw AppError.notFound();
    if (member.kind === 'adult' && member.accountId !== viewer.accountId)
      throw AppError.forbidden('Chaque adulte indique ses informations lui-même.');
    if (member.kind === 'child' && !data.birthYear)
      throw AppError.badInput([fieldProblem('birthYear', 'required')]);
    await this.db
      .getRepository(HouseholdMemberEntity)
      .update(member.id, { birthYear: data.birthYear ?? null, gender: data.gender ?? null });
  }

  /**
   * A parent opens an account for a child of the household, in a community where the parent is
   * an active member: the parent accepts the charter and the privacy notice for the child and
   * their consent as a parent is recorded (the law asks for it under 15). The login is made from
   * the child's first name; the parent gives it to the child with the password they chose.
   */
  async openChildAccount(
    viewer: Viewer,
    memberId: string,
    communityId: string,
    input: unknown,
  ): Promise<{ login: string; firstName: string }> {
    const data = parseInput(childAccountInput, input);
    refuseCommonPassword(data.password, 'password');
    const passwordHash = await hashPassword(data.password);
    return this.db.transaction(async (manager) => {
      const me = await this.requireHousehold(manager, viewer.accountId);
      const child = await manager
        .getRepository(HouseholdMemberEntity)
        .findOneBy({ id: memberId, householdId: me.householdId, kind: 'child' });
      if (!child?.firstName || !child.birthYear) throw AppError.notFound();
      if (child.accountId) throw new AppError('CONFLICT', `${child.firstName} a déjà un compte.`);
      const [parent] = await manager.query(
        `SELECT 1 FROM membership WHERE community_id = $1 AND account_id = $2 AND status = 'active'`,
        [communityId, viewer.accountId],
      );
      if (!parent)
        throw AppError.forbidden(
          'Vous pouvez inscrire votre enfant dans une communauté dont vous êtes membre.',
        );
      const login = await freeLogin(manager, child.firstName);
      const account = await manager.getRepository(AccountEntity).save({
        email: null,
        login,
        passwordHash,
        displayName: child.firstName,
        locale: viewer.locale,
        status: 'active',
        createdByAccountId: viewer.accountId,
        birthYear: child.birthYear,
        guardianAccountId: viewer.accountId,
      });
      await manager
        .getRepository(HouseholdMemberEntity)
        .update(child.id, { accountId: account.id });
      const documents = await this.communities.currentDocuments(communityId, manager);
      await this.memberships.recordAcceptance(
        manager,
        account.id,
        communityId,
        {
          charterVersion: documents.charter.version,
          privacyNoticeVersion: documents.privacy_notice.version,
        },
        null,
      );
      await manager.getRepository(ConsentEntity).insert({
        accountId: account.id,
        communityId,
        kind: 'parental_consent',
        documentId: null,
        version: null,
        granted: true,
        recordedAt: new Date(),
        deskActionId: null,
      });
      await this.memberships.admit(manager, communityId, account.id, 'resident', viewer.accountId);
      return { login, firstName: child.firstName };
    });
  }

  /** Removes a child of my household, or myself (leaving it; the last adult leaving ends it). */
  async removeMember(viewer: Viewer, memberId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const me = await this.requireHousehold(manager, viewer.accountId);
      const member = await manager
        .getRepository(HouseholdMemberEntity)
        .findOneBy({ id: memberId, householdId: me.householdId });
      if (!member) throw AppError.notFound();
      if (member.kind === 'adult' && member.accountId !== viewer.accountId) {
        throw AppError.forbidden('Chaque adulte quitte le foyer lui-même.');
      }
      if (member.kind === 'child' && member.accountId) {
        throw new AppError(
          'CONFLICT',
          `${member.firstName} a un compte : supprimez d’abord son compte, depuis la page du foyer.`,
        );
      }
      await manager.getRepository(HouseholdMemberEntity).delete(member.id);
      const adultsLeft = await manager
        .getRepository(HouseholdMemberEntity)
        .countBy({ householdId: me.householdId, kind: 'adult' });
      if (adultsLeft === 0) await manager.getRepository(HouseholdEntity).delete(me.householdId);
    });
  }

  /**
   * Invites another adult by email or login. The answer is the same whether the account exists or
   * not, so nobody can use it to find out who has an account.
   */
  async invite(viewer: Viewer, identifier: unknown): Promise<boolean> {
    const who = parseInput(line(254), identifier).toLowerCase();
    await this.tx.run(async (manager, emit) => {
      const me = await this.requireHousehold(manager, viewer.accountId);
      const rows: { id: string }[] = await manager.query(
        `SELECT a.id FROM account a WHERE (a.email = $1 OR a.login = $1) AND a.status <> 'disabled' AND a.id <> $2
            AND NOT EXISTS (SELECT 1 FROM household_member hm WHERE hm.account_id = a.id)`,
        [who, viewer.accountId],
      );
      if (!rows[0]) return;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(HouseholdInvitationEntity)
        .values({
          householdId: me.householdId,
          accountId: rows[0].id,
          invitedByAccountId: viewer.accountId,
        })
        .orIgnore()
        .returning('id')
        .execute();
      const invitation = (inserted.raw as { id: string }[])[0];
      if (!invitation) return;
      const household = await manager
        .getRepository(HouseholdEntity)
        .findOneByOrFail({ id: me.householdId });
      emit({
        type: 'household.invited',
        payload: {
          invitationId: invitation.id,
          accountId: rows[0].id,
          householdName: household.name,
          invitedByName: viewer.displayName,
        },
      });
    });
    return true;
  }

  async answer(viewer: Viewer, invitationId: string, accept: boolean): Promise<void> {
    await this.db.transaction(async (manager) => {
      const invitation = await manager.getRepository(HouseholdInvitationEntity).findOne({
        where: { id: invitationId, accountId: viewer.accountId, answeredAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw AppError.notFound();
      if (accept && (await this.myMembership(manager, viewer.accountId))) {
        throw new AppError('CONFLICT', 'Vous faites déjà partie d’un foyer : quittez-le d’abord.');
      }
      await manager
        .getRepository(HouseholdInvitationEntity)
        .update(invitation.id, { answeredAt: new Date(), accepted: accept });
      if (accept) {
        await manager.getRepository(HouseholdMemberEntity).insert({
          householdId: invitation.householdId,
          kind: 'adult',
          accountId: viewer.accountId,
        });
      }
    });
  }

  private async requireHousehold(
    manager: EntityManager,
    accountId: string,
  ): Promise<HouseholdMemberEntity> {
    const me = await this.myMembership(manager, accountId);
    if (!me) throw AppError.notFound('Vous n’avez pas encore de foyer.');
    return me;
  }
}
