import { Injectable, type PipeTransform } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentMembership,
  CurrentViewer,
  MemberOf,
  Public,
  UuidPipe,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { DeskConsentInput } from '@palier/server-identity';
import { BookingService } from './booking.service';
import { CatalogueService } from './catalogue.service';
import {
  AppointmentAttendanceEnum,
  AppointmentDto,
  BookAppointmentInputDto,
  BookingExceptionInputDto,
  BookingOutcomeDto,
  BookingResourceDto,
  BookingResourceInputDto,
  BookingServiceDto,
  BookingServiceInputDto,
  SlotRangeDto,
} from './dto/booking.dto';

const STAFF = ['staff', 'builder', 'admin'] as const;

/** An optional identifier: null stays null, anything else must be a UUID. */
@Injectable()
class OptionalUuidPipe implements PipeTransform<unknown, string | null> {
  transform(value: unknown): string | null {
    return value === null || value === undefined ? null : new UuidPipe().transform(value);
  }
}

@Resolver()
export class BookingResolver {
  constructor(
    private readonly booking: BookingService,
    private readonly catalogue: CatalogueService,
  ) {}

  @MemberOf()
  @Query(() => [BookingServiceDto], { description: 'The services one can book in a community.' })
  bookingServices(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<BookingServiceDto[]> {
    return this.catalogue.services(communityId);
  }

  @Public()
  @Query(() => [BookingServiceDto], {
    description: 'The services a community shows on its public sas (anyone may read them).',
  })
  async sasBookingServices(
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
  ): Promise<BookingServiceDto[]> {
    return (await this.catalogue.services(communityId)).filter((s) => s.shownOnSas);
  }

  @MemberOf()
  @Query(() => SlotRangeDto, {
    description: 'The free slots of a service between two local dates (at most 9 weeks).',
  })
  bookingSlots(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('serviceId', { type: () => ID }, UuidPipe) serviceId: string,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<SlotRangeDto> {
    return this.booking.slots(communityId, serviceId, from, to);
  }

  @MemberOf()
  @Mutation(() => BookingOutcomeDto, {
    description: 'Book a slot for myself; if someone took it first, the next free slots.',
  })
  bookAppointment(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: BookAppointmentInputDto,
  ): Promise<BookingOutcomeDto> {
    return this.booking.book(viewer, communityId, input);
  }

  @MemberOf(...STAFF)
  @Mutation(() => BookingOutcomeDto, {
    description: 'Desk: book for a resident who is here (or on the phone) and agrees.',
  })
  bookAppointmentAtDesk(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('residentAccountId', { type: () => ID }, UuidPipe) residentAccountId: string,
    @Args('input') input: BookAppointmentInputDto,
    @Args('consent') consent: DeskConsentInput,
  ): Promise<BookingOutcomeDto> {
    return this.booking.bookAtDesk(viewer, communityId, residentAccountId, input, consent);
  }

  @MemberOf()
  @Query(() => [AppointmentDto], { description: 'My appointments in a community, next first.' })
  myAppointments(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<AppointmentDto[]> {
    return this.booking.mine(viewer, communityId);
  }

  @MemberOf()
  @Query(() => AppointmentDto, { description: 'One of my appointments (any of them, for staff).' })
  appointment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AppointmentDto> {
    return this.booking.get(viewer, membership, communityId, id);
  }

  @MemberOf()
  @Mutation(() => AppointmentDto, { description: 'Cancel an appointment: the slot is free again.' })
  cancelAppointment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AppointmentDto> {
    return this.booking.cancel(viewer, membership, communityId, id);
  }

  @MemberOf()
  @Mutation(() => BookingOutcomeDto, {
    description: 'Move an appointment to another slot (its history is kept).',
  })
  rescheduleAppointment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('startsAt') startsAt: string,
  ): Promise<BookingOutcomeDto> {
    return this.booking.reschedule(viewer, membership, communityId, id, startsAt);
  }

  @MemberOf(...STAFF)
  @Query(() => [AppointmentDto], {
    description: 'Staff: the agenda between two local dates, for one resource or the centre.',
  })
  bookingAgenda(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('resourceId', { type: () => ID, nullable: true }, OptionalUuidPipe)
    resourceId: string | null,
  ): Promise<AppointmentDto[]> {
    return this.booking.agenda(communityId, from, to, resourceId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => AppointmentDto, { description: 'Staff: the resident arrived, or did not come.' })
  setAppointmentAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('attendance', { type: () => AppointmentAttendanceEnum })
    attendance: AppointmentAttendanceEnum,
  ): Promise<AppointmentDto> {
    return this.booking.setAttendance(viewer, communityId, id, attendance);
  }

  @MemberOf(...STAFF)
  @Mutation(() => AppointmentDto, { description: 'Staff: confirm an appointment that needs it.' })
  confirmAppointment(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AppointmentDto> {
    return this.booking.confirm(viewer, communityId, id);
  }

  @MemberOf(...STAFF)
  @Mutation(() => AppointmentDto, { description: 'Staff: send the reminder again.' })
  sendAppointmentReminder(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<AppointmentDto> {
    return this.booking.remindAgain(viewer, communityId, id);
  }

  @MemberOf(...STAFF)
  @Query(() => [BookingResourceDto], {
    description: 'Staff: the resources (people, rooms) with their weekly rules and exceptions.',
  })
  bookingResources(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<BookingResourceDto[]> {
    return this.catalogue.resources(communityId, new Date().toISOString().slice(0, 10));
  }

  @MemberOf('admin')
  @Mutation(() => ID, {
    description: 'Admin: create (no id) or update a resource and replace its weekly rules.',
  })
  saveBookingResource(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID, nullable: true }, OptionalUuidPipe) id: string | null,
    @Args('input') input: BookingResourceInputDto,
  ): Promise<string> {
    return this.catalogue.saveResource(communityId, id, input);
  }

  @MemberOf('admin')
  @Mutation(() => Boolean, { description: 'Admin: a closed day or hours, or an extra opening.' })
  async addBookingException(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: BookingExceptionInputDto,
  ): Promise<boolean> {
    await this.catalogue.addException(communityId, input);
    return true;
  }

  @MemberOf('admin')
  @Mutation(() => Boolean, { description: 'Admin: remove an exception.' })
  removeBookingException(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<boolean> {
    return this.catalogue.removeException(communityId, id);
  }

  @MemberOf('admin')
  @Mutation(() => BookingServiceDto, { description: 'Admin: create (no id) or update a service.' })
  saveBookingService(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID, nullable: true }, OptionalUuidPipe) id: string | null,
    @Args('input') input: BookingServiceInputDto,
  ): Promise<BookingServiceDto> {
    return this.catalogue.saveService(communityId, id, input);
  }

  @MemberOf('admin')
  @Mutation(() => Boolean, { description: 'Admin: withdraw a service (appointments stay).' })
  withdrawBookingService(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<boolean> {
    return this.catalogue.withdrawService(communityId, id);
  }
}
