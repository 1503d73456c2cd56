import { Field, ID, InputType, Int, ObjectType, OmitType, registerEnumType } from '@nestjs/graphql';

export enum BookingResourceKindEnum {
  staff = 'staff',
  room = 'room',
  partner = 'partner',
}
registerEnumType(BookingResourceKindEnum, {
  name: 'BookingResourceKind',
  description: 'Who or what delivers a service: a staff member, a room, a partner’s adviser.',
});

export enum AppointmentStatusEnum {
  pending = 'pending',
  confirmed = 'confirmed',
  cancelled = 'cancelled',
}
registerEnumType(AppointmentStatusEnum, { name: 'AppointmentStatus' });

export enum AppointmentAttendanceEnum {
  arrived = 'arrived',
  no_show = 'no_show',
}
registerEnumType(AppointmentAttendanceEnum, { name: 'AppointmentAttendance' });

@ObjectType('WeeklyRule', { description: 'On this ISO weekday, from starts to ends (local).' })
export class WeeklyRuleDto {
  @Field(() => Int)
  weekday: number;
  @Field()
  starts: string;
  @Field()
  ends: string;
}

@ObjectType('BookingException', { description: 'A closed day or hours, or an extra opening.' })
export class BookingExceptionDto {
  @Field(() => ID)
  id: string;
  @Field({ description: 'YYYY-MM-DD, local.' })
  date: string;
  @Field({ description: 'closed or open.' })
  kind: string;
  @Field(() => String, { nullable: true })
  starts: string | null;
  @Field(() => String, { nullable: true })
  ends: string | null;
  @Field()
  label: string;
}

@ObjectType('BookingResource')
export class BookingResourceDto {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field(() => BookingResourceKindEnum)
  kind: BookingResourceKindEnum;
  @Field(() => [WeeklyRuleDto])
  rules: WeeklyRuleDto[];
  @Field(() => [BookingExceptionDto], { description: 'Exceptions from today on.' })
  exceptions: BookingExceptionDto[];
}

@ObjectType('BookingService', { description: 'Something residents book (e.g. "Écrivain public").' })
export class BookingServiceDto {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field()
  description: string;
  @Field()
  whatToBring: string;
  @Field(() => Int)
  durationMinutes: number;
  @Field(() => Int)
  bufferBeforeMinutes: number;
  @Field(() => Int)
  bufferAfterMinutes: number;
  @Field(() => Int)
  minNoticeMinutes: number;
  @Field(() => Int)
  maxHorizonDays: number;
  @Field(() => Int, { nullable: true })
  maxPerWeek: number | null;
  @Field()
  requiresConfirmation: boolean;
  @Field()
  shownOnSas: boolean;
  @Field(() => [ID])
  resourceIds: string[];
}

@ObjectType('Slot', { description: 'A free slot of a service.' })
export class SlotDto {
  @Field()
  startsAt: Date;
  @Field()
  endsAt: Date;
}

@ObjectType('SlotRange', { description: 'The free slots of a service between two local dates.' })
export class SlotRangeDto {
  @Field({ description: 'YYYY-MM-DD, local: the first date computed.' })
  from: string;
  @Field({ description: 'YYYY-MM-DD, local: the last date computed (may be capped).' })
  to: string;
  @Field({ description: 'Whether the range asked was too wide and was shortened.' })
  capped: boolean;
  @Field(() => String, { nullable: true, description: 'Why the range was shortened, in French.' })
  message: string | null;
  @Field({ description: 'IANA time zone of the community.' })
  timeZone: string;
  @Field(() => [SlotDto])
  slots: SlotDto[];
}

@ObjectType('AppointmentEvent', { description: 'One step of an appointment’s history.' })
export class AppointmentEventDto {
  @Field({
    description:
      'booked, confirmed, rescheduled_from, rescheduled_to, cancelled, arrived, no_show, reminder_sent',
  })
  action: string;
  @Field()
  atDesk: boolean;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'For a reschedule: the other time.' })
  otherStartsAt: Date | null;
}

@ObjectType('Appointment')
export class AppointmentDto {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  communityId: string;
  @Field(() => ID)
  serviceId: string;
  @Field()
  serviceName: string;
  @Field()
  whatToBring: string;
  @Field()
  resourceName: string;
  @Field()
  startsAt: Date;
  @Field()
  endsAt: Date;
  @Field(() => AppointmentStatusEnum)
  status: AppointmentStatusEnum;
  @Field(() => AppointmentAttendanceEnum, { nullable: true })
  attendance: AppointmentAttendanceEnum | null;
  @Field({ description: 'The resident’s note, plain text (never HTML).' })
  note: string;
  @Field({ description: 'A short code to show at the desk.' })
  code: string;
  @Field({ description: 'Booked at the desk by the team, for the resident.' })
  atDesk: boolean;
  @Field(() => String, { nullable: true, description: 'Staff only: the resident’s name.' })
  residentName: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Staff only: whether the resident has an email.',
  })
  residentHasEmail: boolean | null;
  @Field(() => [AppointmentEventDto])
  history: AppointmentEventDto[];
}

@ObjectType('SlotTaken', { description: 'The slot was taken just before: the next free ones.' })
export class SlotTakenDto {
  @Field()
  message: string;
  @Field(() => [SlotDto])
  nextSlots: SlotDto[];
}

@ObjectType('BookingOutcome', {
  description: 'Either the appointment, or (when someone took the slot first) the next free slots.',
})
export class BookingOutcomeDto {
  @Field(() => AppointmentDto, { nullable: true })
  appointment: AppointmentDto | null;
  @Field(() => SlotTakenDto, { nullable: true })
  slotTaken: SlotTakenDto | null;
}

@InputType('BookAppointmentInput')
export class BookAppointmentInputDto {
  @Field(() => ID)
  serviceId: string;
  @Field({ description: 'The slot’s start, as given by the slots query.' })
  startsAt: string;
  @Field({ defaultValue: '' })
  note: string;
}

@InputType('WeeklyRuleInput')
export class WeeklyRuleInputDto extends OmitType(WeeklyRuleDto, [] as const, InputType) {}

@InputType('BookingResourceInput')
export class BookingResourceInputDto {
  @Field()
  name: string;
  @Field(() => BookingResourceKindEnum)
  kind: BookingResourceKindEnum;
  @Field(() => [WeeklyRuleInputDto])
  rules: WeeklyRuleInputDto[];
}

@InputType('BookingExceptionInput')
export class BookingExceptionInputDto {
  @Field(() => ID)
  resourceId: string;
  @Field({ description: 'YYYY-MM-DD, local.' })
  date: string;
  @Field({ description: 'closed or open.' })
  kind: string;
  @Field(() => String, { nullable: true })
  starts: string | null;
  @Field(() => String, { nullable: true })
  ends: string | null;
  @Field({ defaultValue: '' })
  label: string;
}

@InputType('BookingServiceInput')
export class BookingServiceInputDto {
  @Field()
  name: string;
  @Field({ defaultValue: '' })
  description: string;
  @Field({ defaultValue: '' })
  whatToBring: string;
  @Field(() => Int)
  durationMinutes: number;
  @Field(() => Int, { defaultValue: 0 })
  bufferBeforeMinutes: number;
  @Field(() => Int, { defaultValue: 0 })
  bufferAfterMinutes: number;
  @Field(() => Int, { defaultValue: 60 })
  minNoticeMinutes: number;
  @Field(() => Int, { defaultValue: 60 })
  maxHorizonDays: number;
  @Field(() => Int, { nullable: true })
  maxPerWeek: number | null;
  @Field({ defaultValue: false })
  requiresConfirmation: boolean;
  @Field({ defaultValue: true })
  shownOnSas: boolean;
  @Field(() => [ID])
  resourceIds: string[];
}
