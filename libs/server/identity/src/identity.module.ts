import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerSource } from '@palier/server-core';
import { CommunityModule } from '@palier/server-community';
import { AccountTokenEntity } from './accounts/account-token.entity';
import { AccountEntity } from './accounts/account.entity';
import { AccountsResolver } from './accounts/accounts.resolver';
import { AccountsService } from './accounts/accounts.service';
import { MeService } from './accounts/me.service';
import { DeskActionEntity, DeskSessionEntity } from './desk/desk.entity';
import { DeskResolver } from './desk/desk.resolver';
import { DeskService } from './desk/desk.service';
import {
  HouseholdEntity,
  HouseholdInvitationEntity,
  HouseholdMemberEntity,
} from './households/household.entity';
import { HouseholdsResolver } from './households/households.resolver';
import { HouseholdsService } from './households/households.service';
import { IdentityPrivacy } from './identity.privacy';
import { CommunityAdminService } from './memberships/community-admin.service';
import { ConsentEntity } from './memberships/consent.entity';
import { MembershipEntity } from './memberships/membership.entity';
import { MembershipsResolver } from './memberships/memberships.resolver';
import { MembershipsService } from './memberships/memberships.service';
import { RoleChangeEntity } from './memberships/role-change.entity';
import { IdentityViewerSource } from './sessions/identity-viewer-source';
import { SessionEntity } from './sessions/session.entity';
import { SessionsService } from './sessions/sessions.service';
import { ViewerCache } from './sessions/viewer-cache';

@Module({
  imports: [
    CommunityModule,
    TypeOrmModule.forFeature([
      AccountEntity,
      AccountTokenEntity,
      SessionEntity,
      MembershipEntity,
      RoleChangeEntity,
      ConsentEntity,
      HouseholdEntity,
      HouseholdMemberEntity,
      HouseholdInvitationEntity,
      DeskSessionEntity,
      DeskActionEntity,
    ]),
  ],
  providers: [
    ViewerCache,
    SessionsService,
    AccountsService,
    MeService,
    MembershipsService,
    CommunityAdminService,
    HouseholdsService,
    DeskService,
    IdentityPrivacy,
    { provide: ViewerSource, useClass: IdentityViewerSource },
    AccountsResolver,
    MembershipsResolver,
    HouseholdsResolver,
    DeskResolver,
  ],
  exports: [
    ViewerSource,
    AccountsService,
    MembershipsService,
    CommunityAdminService,
    SessionsService,
    DeskService,
  ],
})
export class IdentityModule {}
