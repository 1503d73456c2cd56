import { Injectable, type PipeTransform } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  AppError,
  CurrentMembership,
  CurrentViewer,
  fieldProblem,
  MemberOf,
  Public,
  UuidPipe,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { DeskConsentInput } from '@palier/server-identity';
import { sessionMessageRule } from '@palier/shared';
import { ActivitiesService } from './activities.service';
import { ActivityPhotosService } from './activity-photos.service';
import { AttendanceService } from './attendance.service';
import {
  ActivityCategoryDto,
  ActivityDto,
  ActivityInputDto,
  AttendanceMarkInputDto,
  AttendanceSheetDto,
  RegistrationDto,
  RegistrationInputDto,
  RegistrationOutcomeDto,
  RegistrationStatusEnum,
  RosterEntryDto,
  SeriesInputDto,
  SessionInputDto,
} from './dto/activities.dto';
import { RegistrationsService } from './registrations.service';

const STAFF = ['staff', 'builder', 'admin'] as const;

@Injectable()
class OptionalUuidPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown): string | null {
    return value === null || value === undefined ? null : new UuidPipe().transform(value);
  }
}

@Resolver()
export class ActivitiesResolver {
  constructor(
    private readonly catalogue: ActivitiesService,
    private readonly registrations: RegistrationsService,
    private readonly attendance: AttendanceService,
    private readonly photos: ActivityPhotosService,
  ) {}

  @MemberOf(...STAFF)
  @Mutation(() => Boolean, { description: 'Staff: change the description of an activity’s photo.' })
  setActivityPhotoAlt(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('activityId', { type: () => ID }, UuidPipe) activityId: string,
    @Args('alt') alt: string,
  ): Promise<boolean> {
    return this.photos.setAlt(communityId, activityId, alt);
  }

  @MemberOf(...STAFF)
  @Mutation(() => Boolean, { description: 'Staff: remove an activity’s photo.' })
  removeActivityPhoto(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('activityId', { type: () => ID }, UuidPipe) activityId: string,
  ): Promise<boolean> {
    return this.photos.remove(communityId, activityId);
  }

  // ——— Catalogue ———

  @MemberOf()
  @Query(() => [ActivityCategoryDto], { description: 'The community’s activity categories.' })
  activityCategories(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<ActivityCategoryDto[]> {
    return this.catalogue.categories(communityId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => ActivityCategoryDto, { description: 'Staff: add a category to the list.' })
  addActivityCategory(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('name') name: string,
  ): Promise<ActivityCategoryDto> {
    return this.catalogue.addCategory(communityId, name);
  }

  @MemberOf()
  @Query(() => [ActivityDto], { description: 'The activities of a community, with next sessions.' })
  activities(@Args('communityId', { type: () => ID }) communityId: string): Promise<ActivityDto[]> {
    return this.catalogue.list(communityId, false);
  }

  @Public()
  @Query(() => [ActivityDto], {
    description: 'The public activities a community shows on its sas (anyone may read them).',
  })
  sasActivities(
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
  ): Promise<ActivityDto[]> {
    return this.catalogue.list(communityId, true);
  }

  @MemberOf()
  @Query(() => ActivityDto, { description: 'One activity with its sessions from today on.' })
  activity(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ActivityDto> {
    return this.catalogue.get(communityId, id, true);
  }

  @MemberOf(...STAFF)
  @Mutation(() => ID, { description: 'Staff: create (no id) or update an activity.' })
  saveActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID, nullable: true }, OptionalUuidPipe) id: string | null,
    @Args('input') input: ActivityInputDto,
  ): Promise<string> {
    return this.catalogue.save(communityId, id, input, viewer.accountId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => ID, { description: 'Staff: add one dated session to an activity.' })
  addActivitySession(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('activityId', { type: () => ID }, UuidPipe) activityId: string,
    @Args('input') input: SessionInputDto,
  ): Promise<string> {
    return this.catalogue.addSession(communityId, activityId, input);
  }

  @MemberOf(...STAFF)
  @Mutation(() => Int, {
    description: 'Staff: add a weekly series of sessions; gives the number of sessions created.',
  })
  addActivitySeries(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('activityId', { type: () => ID }, UuidPipe) activityId: string,
    @Args('input') input: SeriesInputDto,
  ): Promise<number> {
    return this.catalogue.addSeries(communityId, activityId, input);
  }

  @MemberOf(...STAFF)
  @Mutation(() => Int, {
    description: 'Staff: cancel a session and tell the registered; gives how many were told.',
  })
  async cancelActivitySession(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Args('reason') reason: string,
  ): Promise<number> {
    await this.catalogue.cancelSession(communityId, sessionId, reason);
    return this.registrations.messageSession(
      communityId,
      sessionId,
      `Séance annulée${reason.trim() ? ` : ${reason.trim().slice(0, 500)}` : '.'}`,
    );
  }

  // ——— Registrations ———

  @MemberOf()
  @Mutation(() => RegistrationOutcomeDto, {
    description:
      'Register myself and/or members of my household in one step; when full, the waiting list.',
  })
  registerForActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: RegistrationInputDto,
  ): Promise<RegistrationOutcomeDto> {
    return this.registrations.register(viewer, communityId, input);
  }

  @MemberOf(...STAFF)
  @Mutation(() => RegistrationOutcomeDto, {
    description: 'Desk: register a resident (and their household) who is here and agrees.',
  })
  registerForActivityAtDesk(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('residentAccountId', { type: () => ID }, UuidPipe) residentAccountId: string,
    @Args('input') input: RegistrationInputDto,
    @Args('consent') consent: DeskConsentInput,
  ): Promise<RegistrationOutcomeDto> {
    return this.registrations.registerAtDesk(
      viewer,
      communityId,
      residentAccountId,
      input,
      consent,
    );
  }

  @MemberOf()
  @Query(() => [RegistrationDto], {
    description: 'My registrations and my household’s in a community (not cancelled).',
  })
  myRegistrations(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<RegistrationDto[]> {
    return this.registrations.mine(viewer, communityId);
  }

  @MemberOf()
  @Mutation(() => RegistrationDto, {
    description: 'Cancel a registration (until the cut-off; staff any time); the place passes on.',
  })
  cancelRegistration(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<RegistrationDto> {
    return this.registrations.cancel(viewer, membership, communityId, id);
  }

  @MemberOf()
  @Mutation(() => [RegistrationDto], {
    description: 'Confirm the places offered to my household (everyone offered together).',
  })
  confirmOfferedPlace(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<RegistrationDto[]> {
    return this.registrations.confirmOffer(viewer, communityId, id);
  }

  @MemberOf()
  @Mutation(() => RegistrationDto, { description: 'Decline an offered place; it passes on.' })
  declineOfferedPlace(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<RegistrationDto> {
    return this.registrations.decline(viewer, communityId, id);
  }

  @MemberOf(...STAFF)
  @Mutation(() => RegistrationDto, {
    description: 'Staff: move a waiting person on the list (1 = first), with a required reason.',
  })
  moveOnWaitingList(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('position', { type: () => Int }) position: number,
    @Args('reason') reason: string,
  ): Promise<RegistrationDto> {
    return this.registrations.move(viewer, communityId, id, position, reason);
  }

  @MemberOf(...STAFF)
  @Query(() => [RosterEntryDto], {
    description: 'Staff: the registrations of an activity (or one session), with contact.',
  })
  activityRoster(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('activityId', { type: () => ID }, UuidPipe) activityId: string,
    @Args('sessionId', { type: () => ID, nullable: true }, OptionalUuidPipe)
    sessionId: string | null,
    @Args('status', { type: () => RegistrationStatusEnum, nullable: true })
    status: RegistrationStatusEnum | null,
  ): Promise<RosterEntryDto[]> {
    return this.registrations.roster(communityId, activityId, sessionId, status ?? null);
  }

  @MemberOf(...STAFF)
  @Mutation(() => Int, {
    description: 'Staff: a message to everyone registered for a session; gives how many.',
  })
  messageSessionParticipants(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Args('message') message: string,
  ): Promise<number> {
    const parsed = sessionMessageRule.safeParse(message);
    if (!parsed.success) throw AppError.badInput([fieldProblem('message', 'required')]);
    return this.registrations.messageSession(communityId, sessionId, parsed.data);
  }

  // ——— Attendance ———

  @MemberOf(...STAFF)
  @Query(() => AttendanceSheetDto, { description: 'Staff: the check-in sheet of a session.' })
  attendanceSheet(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
  ): Promise<AttendanceSheetDto> {
    return this.attendance.sheet(communityId, sessionId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => [ID], {
    description: 'Staff: record attendance marks (idempotent); gives the client ids applied.',
  })
  markAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('marks', { type: () => [AttendanceMarkInputDto] }) marks: AttendanceMarkInputDto[],
  ): Promise<string[]> {
    return this.attendance.mark(viewer, communityId, marks);
  }
}
