import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ActivityVisibilityEnum {
  members = 'members',
  public = 'public',
}
registerEnumType(ActivityVisibilityEnum, {
  name: 'ActivityVisibility',
  description: 'Members of the community only, or everyone on the sas.',
});

export enum CapacityModeEnum {
  session = 'session',
  series = 'series',
}
registerEnumType(CapacityModeEnum, {
  name: 'CapacityMode',
  description: 'Places per session, or one capacity (and one registration) for the whole series.',
});

export enum RegistrationStatusEnum {
  confirmed = 'confirmed',
  waiting = 'waiting',
  offered = 'offered',
  cancelled = 'cancelled',
}
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus' });

export enum AttendanceStatusEnum {
  present = 'present',
  absent = 'absent',
  excused = 'excused',
}
registerEnumType(AttendanceStatusEnum, { name: 'AttendanceStatus' });

@ObjectType('ActivityCategory')
export class ActivityCategoryDto {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
}

@ObjectType('ActivitySession')
export class ActivitySessionDto {
  @Field(() => ID)
  id: string;
  @Field()
  startsAt: Date;
  @Field()
  endsAt: Date;
  @Field(() => Int, { nullable: true, description: 'Null: no limit (or counted per series).' })
  capacity: number | null;
  @Field(() => Int, { description: 'Confirmed places and places offered to the waiting list.' })
  taken: number;
  @Field(() => Int)
  waiting: number;
  @Field()
  cancelled: boolean;
  @Field(() => String, { nullable: true })
  cancelReason: string | null;
}

@ObjectType('Activity')
export class ActivityDto {
  @Field(() => ID)
  id: string;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field(() => ActivityCategoryDto)
  category: ActivityCategoryDto;
  @Field()
  place: string;
  @Field(() => Int, { nullable: true })
  ageMin: number | null;
  @Field(() => Int, { nullable: true })
  ageMax: number | null;
  @Field({ description: 'Free text: payment stays at the desk.' })
  priceNote: string;
  @Field(() => ActivityVisibilityEnum)
  visibility: ActivityVisibilityEnum;
  @Field(() => CapacityModeEnum)
  capacityMode: CapacityModeEnum;
  @Field(() => Int, { nullable: true })
  seriesCapacity: number | null;
  @Field(() => Int, { description: 'Series mode: confirmed and offered places of the series.' })
  seriesTaken: number;
  @Field(() => Int, { description: 'Series mode: people on the waiting list of the series.' })
  seriesWaiting: number;
  @Field(() => Int)
  cancelCutoffHours: number;
  @Field(() => Int)
  offerHours: number;
  @Field(() => String, { nullable: true })
  photoUrl: string | null;
  @Field()
  photoAlt: string;
  @Field()
  cancelled: boolean;
  @Field(() => [ActivitySessionDto], { description: 'Sessions from today on, first first.' })
  sessions: ActivitySessionDto[];
}

@ObjectType('Registration')
export class RegistrationDto {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  activityId: string;
  @Field()
  activityTitle: string;
  @Field(() => ID, { nullable: true })
  sessionId: string | null;
  @Field(() => Date, { nullable: true, description: 'The session’s start, or the series’ first.' })
  startsAt: Date | null;
  @Field()
  participantName: string;
  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatusEnum;
  @Field(() => Int, { nullable: true, description: 'Place on the waiting list (1 = next).' })
  waitingPosition: number | null;
  @Field(() => Date, { nullable: true })
  offerExpiresAt: Date | null;
  @Field()
  requestedAt: Date;
  @Field({ description: 'Registered at the desk by the team.' })
  atDesk: boolean;
  @Field({ description: 'The person (or their household) may still cancel online.' })
  canCancel: boolean;
}

@ObjectType('RegistrationOutcome')
export class RegistrationOutcomeDto {
  @Field(() => [RegistrationDto])
  registrations: RegistrationDto[];
  @Field({ description: 'What happened, in words (French), e.g. the dates or the waiting list.' })
  message: string;
}

@ObjectType('RosterEntry', { description: 'Staff: one registration with contact and household.' })
export class RosterEntryDto {
  @Field(() => RegistrationDto)
  registration: RegistrationDto;
  @Field(() => String, { nullable: true })
  email: string | null;
  @Field(() => String, { nullable: true })
  householdName: string | null;
  @Field(() => Int, { nullable: true })
  birthYear: number | null;
  @Field()
  child: boolean;
}

@ObjectType('AttendanceLine', { description: 'One person on a session’s check-in sheet.' })
export class AttendanceLineDto {
  @Field(() => ID, { description: 'The registration, or the walk-in’s key.' })
  key: string;
  @Field(() => ID, { nullable: true })
  registrationId: string | null;
  @Field()
  name: string;
  @Field()
  walkIn: boolean;
  @Field(() => AttendanceStatusEnum, { nullable: true })
  status: AttendanceStatusEnum | null;
}

@ObjectType('AttendanceSheet')
export class AttendanceSheetDto {
  @Field(() => ActivitySessionDto)
  session: ActivitySessionDto;
  @Field()
  activityTitle: string;
  @Field(() => ID)
  activityId: string;
  @Field(() => [AttendanceLineDto])
  lines: AttendanceLineDto[];
}

@InputType('ActivityInput')
export class ActivityInputDto {
  @Field()
  title: string;
  @Field({ defaultValue: '' })
  description: string;
  @Field(() => ID)
  categoryId: string;
  @Field({ defaultValue: '' })
  place: string;
  @Field(() => Int, { nullable: true })
  ageMin: number | null;
  @Field(() => Int, { nullable: true })
  ageMax: number | null;
  @Field({ defaultValue: '' })
  priceNote: string;
  @Field(() => ActivityVisibilityEnum)
  visibility: ActivityVisibilityEnum;
  @Field(() => CapacityModeEnum)
  capacityMode: CapacityModeEnum;
  @Field(() => Int, { nullable: true })
  seriesCapacity: number | null;
  @Field(() => Int, { defaultValue: 24 })
  cancelCutoffHours: number;
  @Field(() => Int, { defaultValue: 24 })
  offerHours: number;
}

@InputType('SessionInput', { description: 'One dated session (local date and times).' })
export class SessionInputDto {
  @Field({ description: 'YYYY-MM-DD, local.' })
  date: string;
  @Field({ description: 'HH:MM, local.' })
  starts: string;
  @Field({ description: 'HH:MM, local.' })
  ends: string;
  @Field(() => Int, { nullable: true })
  capacity: number | null;
}

@InputType('SeriesInput', { description: 'A weekly series, with dates left out.' })
export class SeriesInputDto {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday.' })
  weekday: number;
  @Field()
  starts: string;
  @Field()
  ends: string;
  @Field()
  firstDate: string;
  @Field()
  lastDate: string;
  @Field(() => [String], { defaultValue: [] })
  skippedDates: string[];
  @Field(() => Int, { nullable: true })
  sessionCapacity: number | null;
}

@InputType('RegistrationInput')
export class RegistrationInputDto {
  @Field(() => ID)
  activityId: string;
  @Field(() => ID, { nullable: true, description: 'Null for the whole series (series mode).' })
  sessionId: string | null;
  @Field({ defaultValue: false })
  includeSelf: boolean;
  @Field(() => [ID], { defaultValue: [], description: 'Household members to register.' })
  memberIds: string[];
  @Field({
    defaultValue: false,
    description: 'When places are short, accept that only some of us get one.',
  })
  acceptsPartial: boolean;
}

@InputType('AttendanceMarkInput')
export class AttendanceMarkInputDto {
  @Field(() => ID, { description: 'Made by the tablet; sending a mark again changes nothing.' })
  clientMarkId: string;
  @Field(() => ID)
  sessionId: string;
  @Field(() => ID, { nullable: true })
  registrationId: string | null;
  @Field(() => ID, { nullable: true, description: 'A walk-in: a key made by the tablet.' })
  walkInKey: string | null;
  @Field(() => String, { nullable: true })
  walkInName: string | null;
  @Field(() => AttendanceStatusEnum)
  status: AttendanceStatusEnum;
  @Field({ description: 'When the mark was made on the tablet (ISO).' })
  markedAt: string;
}
