import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  MemberOf,
  ServerAdmin,
  SignedIn,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import { CommunityDto, NewCommunityInput } from '@palier/server-community';
import { MeDto } from '../dto/account.dto';
import { DocumentVersionsInput } from '../dto/identity.inputs';
import { MemberConnectionDto, MemberDto, RoleChangeDto } from '../dto/member.dto';
import { MeService } from '../accounts/me.service';
import { RoleEnum } from '../identity.enums';
import { CommunityAdminService } from './community-admin.service';
import { MembershipsService } from './memberships.service';

@Resolver()
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly meService: MeService,
    private readonly communityAdmin: CommunityAdminService,
  ) {}

  @SignedIn()
  @Mutation(() => MeDto, {
    description:
      'Join a community (or ask to), accepting the versions of the charter and privacy notice I read.',
  })
  async joinCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('accepted') accepted: DocumentVersionsInput,
  ): Promise<MeDto> {
    await this.memberships.join(viewer, communityId, accepted);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => MeDto, {
    description: 'Accept new versions of a community’s charter and privacy notice.',
  })
  async acceptCommunityDocuments(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('accepted') accepted: DocumentVersionsInput,
  ): Promise<MeDto> {
    await this.memberships.acceptDocuments(viewer, communityId, accepted);
    return this.meService.me(viewer.accountId);
  }

  @MemberOf('builder', 'admin')
  @Query(() => [MemberDto], {
    description: 'Builder: requests to join waiting for a decision, oldest first.',
  })
  membershipRequests(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<MemberDto[]> {
    return this.memberships.pending(communityId);
  }

  @MemberOf('builder', 'admin')
  @Mutation(() => MemberDto, {
    description: 'Builder: admit or decline a request, with an optional message.',
  })
  decideMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('membershipId', { type: () => ID }, UuidPipe) membershipId: string,
    @Args('admit') admit: boolean,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<MemberDto> {
    return this.memberships.decide(viewer, communityId, membershipId, admit, message);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Query(() => MemberConnectionDto, {
    description: 'Staff: the members, by name, optionally filtered.',
  })
  members(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<MemberConnectionDto> {
    return this.memberships.members(communityId, search, first, after);
  }

  @MemberOf('admin')
  @Mutation(() => MemberDto, { description: 'Admin: change a member’s role (logged).' })
  changeRole(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('membershipId', { type: () => ID }, UuidPipe) membershipId: string,
    @Args('role', { type: () => RoleEnum }) role: RoleEnum,
  ): Promise<MemberDto> {
    return this.memberships.changeRole(viewer, communityId, membershipId, role);
  }

  @MemberOf('admin')
  @Query(() => [RoleChangeDto], { description: 'Admin: the log of role changes, latest first.' })
  roleChanges(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<RoleChangeDto[]> {
    return this.memberships.roleChanges(communityId);
  }

  @ServerAdmin()
  @Mutation(() => CommunityDto, {
    description: 'Server admin: create a community (you become its first admin).',
  })
  createCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: NewCommunityInput,
  ): Promise<CommunityDto> {
    return this.communityAdmin.create(viewer, input);
  }
}
