import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@palier/server-core';
import { CommunityService, DocumentKindEnum } from '@palier/server-community';
import { DataSource } from 'typeorm';
import { DeskService } from '../desk/desk.service';
import type { MeDto } from '../dto/account.dto';
import { HouseholdsService } from '../households/households.service';
import { LocaleEnum, MembershipStatusEnum, RoleEnum } from '../identity.enums';
import { MembershipEntity } from '../memberships/membership.entity';
import { MembershipsService } from '../memberships/memberships.service';
import { AccountEntity } from './account.entity';

/** Everything the member home needs about the logged-in person, in a few queries. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly communities: CommunityService,
    private readonly memberships: MembershipsService,
    private readonly households: HouseholdsService,
    private readonly desk: DeskService,
  ) {}

  async me(accountId: string): Promise<MeDto> {
    const account = await this.db.getRepository(AccountEntity).findOneBy({ id: accountId });
    if (!account) throw AppError.unauthenticated();
    const [memberships, toAccept, household, householdInvitations, deskHistory] = await Promise.all(
      [
        this.db
          .getRepository(MembershipEntity)
          .find({ where: { accountId }, order: { requestedAt: 'ASC' } }),
        this.memberships.documentsToAccept(accountId),
        this.households.mine(accountId),
        this.households.invitations(accountId),
        this.desk.history(accountId),
      ],
    );
    const communities = await this.communities.getByIds([
      ...new Set(memberships.map((m) => m.communityId)),
    ]);
    const byId = new Map(communities.map((c) => [c.id, c]));
    return {
      id: account.id,
      displayName: account.displayName,
      email: account.email,
      login: account.login,
      locale: account.locale as LocaleEnum,
      isServerAdmin: account.isServerAdmin,
      memberships: memberships.flatMap((m) => {
        const community = byId.get(m.communityId);
        return community
          ? [
              {
                id: m.id,
                community,
                role: m.role as RoleEnum,
                status: m.status as MembershipStatusEnum,
                requestedAt: m.requestedAt,
                decidedAt: m.decidedAt,
                decisionMessage: m.decisionMessage,
                documentsToAccept: (toAccept.get(m.communityId) ?? []) as DocumentKindEnum[],
              },
            ]
          : [];
      }),
      household,
      householdInvitations,
      deskHistory,
    };
  }
}
