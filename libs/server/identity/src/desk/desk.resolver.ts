import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, MemberOf, UuidPipe, type Viewer } from '@palier/server-core';
import { DeskAccountInput, DeskConsentInput } from '../dto/identity.inputs';
import { ActivationSheetDto } from '../dto/member.dto';
import { FileReasonEnum, ResidentFileDto } from '../dto/resident-file.dto';
import { DeskService } from './desk.service';

@Resolver()
export class DeskResolver {
  constructor(private readonly desk: DeskService) {}

  @MemberOf('staff', 'builder', 'admin')
  @Mutation(() => ActivationSheetDto, {
    description:
      'Desk: create an account for a resident who is here and agrees; returns the sheet to print.',
  })
  createAccountAtDesk(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: DeskAccountInput,
    @Args('consent') consent: DeskConsentInput,
  ): Promise<ActivationSheetDto> {
    return this.desk.createAccount(viewer, communityId, input, consent);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Mutation(() => ActivationSheetDto, {
    description: 'Desk: print a new activation code for a resident who is here.',
  })
  reissueActivationCode(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('accountId', { type: () => ID }, UuidPipe) accountId: string,
    @Args('consent') consent: DeskConsentInput,
  ): Promise<ActivationSheetDto> {
    return this.desk.reissueCode(viewer, communityId, accountId, consent);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Query(() => ResidentFileDto, {
    description: 'Staff: open a resident’s file, saying why (written to the access log).',
  })
  residentFile(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('accountId', { type: () => ID }, UuidPipe) accountId: string,
    @Args('reason', { type: () => FileReasonEnum }) reason: FileReasonEnum,
  ): Promise<ResidentFileDto> {
    return this.desk.residentFile(viewer, communityId, accountId, reason);
  }
}
