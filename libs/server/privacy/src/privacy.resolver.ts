import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentViewer,
  MemberOf,
  Public,
  SignedIn,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import { AccessLogService } from './access/access-log.service';
import { ConsentsService } from './consents/consents.service';
import { AccessLogEntryDto, AccessLogPageDto } from './dto/access-log.dto';
import { CommunityConsentsDto, ConsentRecordDto } from './dto/consent.dto';
import { ErasureAtDeskInput } from './dto/privacy.inputs';
import { PrivacyRequestDto } from './dto/privacy-request.dto';
import { PrivacyProfileDto, PrivacyProfileInput, ProcessingRegisterDto } from './dto/records.dto';
import { RetentionSettingDto } from './dto/retention.dto';
import { ErasureService } from './erasure/erasure.service';
import { DataExportService } from './export/data-export.service';
import { RecordsService } from './records/records.service';
import { RetentionService } from './retention/retention.service';

/** "My data" for members, the privacy settings and records for admins, the register for all. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
    private readonly consents: ConsentsService,
    private readonly accesses: AccessLogService,
    private readonly retention: RetentionService,
    private readonly records: RecordsService,
  ) {}

  @SignedIn()
  @Query(() => [PrivacyRequestDto], { description: 'My data exports and account deletion.' })
  myPrivacyRequests(@CurrentViewer() viewer: Viewer): Promise<PrivacyRequestDto[]> {
    return this.exports.mine(viewer);
  }

  @SignedIn()
  @Mutation(() => PrivacyRequestDto, {
    description: 'Prepare a copy of all my data (ZIP with JSON and an HTML page).',
  })
  requestDataExport(@CurrentViewer() viewer: Viewer): Promise<PrivacyRequestDto> {
    return this.exports.request(viewer);
  }

  @SignedIn()
  @Mutation(() => PrivacyRequestDto, {
    description: 'Delete my account after the grace period; my password is asked again.',
  })
  requestAccountDeletion(
    @CurrentViewer() viewer: Viewer,
    @Args('password') password: string,
  ): Promise<PrivacyRequestDto> {
    return this.erasure.requestOwn(viewer, password);
  }

  @SignedIn()
  @Mutation(() => PrivacyRequestDto, {
    description: 'Delete the account I opened for my child (my password is asked again).',
  })
  requestChildAccountDeletion(
    @CurrentViewer() viewer: Viewer,
    @Args('accountId', { type: () => ID }, UuidPipe) accountId: string,
    @Args('password') password: string,
  ): Promise<PrivacyRequestDto> {
    return this.erasure.requestForChild(viewer, accountId, password);
  }

  @SignedIn()
  @Mutation(() => PrivacyRequestDto, { description: 'Keep my account after all.' })
  cancelAccountDeletion(@CurrentViewer() viewer: Viewer): Promise<PrivacyRequestDto> {
    return this.erasure.cancelOwn(viewer);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Mutation(() => PrivacyRequestDto, {
    description: 'Desk: delete the account of a resident who is here and asks for it (recorded).',
  })
  requestErasureAtDesk(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('accountId', { type: () => ID }, UuidPipe) accountId: string,
    @Args('input') input: ErasureAtDeskInput,
  ): Promise<PrivacyRequestDto> {
    return this.erasure.requestAtDesk(viewer, communityId, accountId, input.reason, input);
  }

  @SignedIn()
  @Query(() => [CommunityConsentsDto], { description: 'My consents, community by community.' })
  myConsents(@CurrentViewer() viewer: Viewer): Promise<CommunityConsentsDto[]> {
    return this.consents.mine(viewer);
  }

  @SignedIn()
  @Query(() => [ConsentRecordDto], { description: 'Every yes and no I gave, newest first.' })
  myConsentHistory(@CurrentViewer() viewer: Viewer): Promise<ConsentRecordDto[]> {
    return this.consents.history(viewer);
  }

  @MemberOf('resident', 'staff', 'builder', 'admin')
  @Mutation(() => [CommunityConsentsDto], { description: 'Give or withdraw an optional consent.' })
  setOptionalConsent(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('kind') kind: string,
    @Args('granted') granted: boolean,
  ): Promise<CommunityConsentsDto[]> {
    return this.consents.set(viewer, communityId, kind, granted);
  }

  @SignedIn()
  @Query(() => [AccessLogEntryDto], {
    description: 'When the team opened, exported or acted on my data, and why.',
  })
  myAccessLog(@CurrentViewer() viewer: Viewer): Promise<AccessLogEntryDto[]> {
    return this.accesses.aboutMe(viewer);
  }

  @MemberOf('admin')
  @Query(() => AccessLogPageDto, { description: 'Admin: the team’s accesses to residents’ data.' })
  accessLog(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AccessLogPageDto> {
    return this.accesses.ofCommunity(communityId, first, after);
  }

  @MemberOf('admin')
  @Query(() => [RetentionSettingDto], { description: 'Admin: how long each kind of data is kept.' })
  retentionSettings(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<RetentionSettingDto[]> {
    return this.retention.settings(communityId);
  }

  @MemberOf('admin')
  @Mutation(() => [RetentionSettingDto], { description: 'Admin: change a retention period.' })
  setRetention(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('key') key: string,
    @Args('days', { type: () => Int }) days: number,
  ): Promise<RetentionSettingDto[]> {
    return this.retention.set(viewer, communityId, key, days);
  }

  @MemberOf('admin')
  @Query(() => PrivacyProfileDto, { description: 'Admin: the controller and DPO details.' })
  privacyProfile(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<PrivacyProfileDto> {
    return this.records.profile(communityId);
  }

  @MemberOf('admin')
  @Mutation(() => PrivacyProfileDto, {
    description: 'Admin: change the controller and DPO details.',
  })
  updatePrivacyProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: PrivacyProfileInput,
  ): Promise<PrivacyProfileDto> {
    return this.records.updateProfile(viewer, communityId, input);
  }

  @Public()
  @Query(() => ProcessingRegisterDto, {
    description: 'The processing register and privacy facts of a community. Public.',
  })
  processingRegister(@Args('slug') slug: string): Promise<ProcessingRegisterDto> {
    return this.records.register(slug);
  }
}
