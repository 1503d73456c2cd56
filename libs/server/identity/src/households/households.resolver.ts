import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, UuidPipe, type Viewer } from '@palier/server-core';
import { MeService } from '../accounts/me.service';
import { MeDto } from '../dto/account.dto';
import {
  ChildAccountInput,
  ChildInput,
  HouseholdInput,
  HouseholdMemberDetailsInput,
} from '../dto/identity.inputs';
import { ChildAccountDto } from '../dto/account.dto';
import { HouseholdsService } from './households.service';

@Resolver()
export class HouseholdsResolver {
  constructor(
    private readonly households: HouseholdsService,
    private readonly meService: MeService,
  ) {}

  @SignedIn()
  @Mutation(() => MeDto, { description: 'Create my household (I am its first adult).' })
  async createHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: HouseholdInput,
  ): Promise<MeDto> {
    await this.households.create(viewer, input);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => MeDto, { description: 'Rename my household or change its postcode.' })
  async updateHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: HouseholdInput,
  ): Promise<MeDto> {
    await this.households.update(viewer, input);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => MeDto, { description: 'Add a child (without an account) to my household.' })
  async addChild(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChildInput,
  ): Promise<MeDto> {
    await this.households.addChild(viewer, input);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => MeDto, {
    description: 'Give (or clear) the birth year and gender of myself or a child of my household.',
  })
  async updateHouseholdMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }, UuidPipe) memberId: string,
    @Args('input') input: HouseholdMemberDetailsInput,
  ): Promise<MeDto> {
    await this.households.updateMember(viewer, memberId, input);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => ChildAccountDto, {
    description:
      'Open an account for a child of my household in a community I belong to (parental consent).',
  })
  openChildAccount(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }, UuidPipe) memberId: string,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('input') input: ChildAccountInput,
  ): Promise<ChildAccountDto> {
    return this.households.openChildAccount(viewer, memberId, communityId, input);
  }

  @SignedIn()
  @Mutation(() => MeDto, { description: 'Remove a child of my household, or leave it myself.' })
  async removeHouseholdMember(
    @CurrentViewer() viewer: Viewer,
    @Args('memberId', { type: () => ID }, UuidPipe) memberId: string,
  ): Promise<MeDto> {
    await this.households.removeMember(viewer, memberId);
    return this.meService.me(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Invite another adult by email or login (answers true whether the account exists or not).',
  })
  inviteToHousehold(
    @CurrentViewer() viewer: Viewer,
    @Args('identifier') identifier: string,
  ): Promise<boolean> {
    return this.households.invite(viewer, identifier);
  }

  @SignedIn()
  @Mutation(() => MeDto, { description: 'Accept or decline an invitation to a household.' })
  async answerHouseholdInvitation(
    @CurrentViewer() viewer: Viewer,
    @Args('invitationId', { type: () => ID }, UuidPipe) invitationId: string,
    @Args('accept') accept: boolean,
  ): Promise<MeDto> {
    await this.households.answer(viewer, invitationId, accept);
    return this.meService.me(viewer.accountId);
  }
}
