import { randomInt } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppError,
  calendarFile,
  fieldProblem,
  Jobs,
  Outbox,
  parseInput,
  Transactions,
  ViewerSource,
  type AppConfig,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { CommunityService, type CommunityDto } from '@palier/server-community';
import { deskConsentProblems, DeskService } from '@palier/server-identity';
import { NotificationsService } from '@palier/server-notifications';
import {
  bookAppointmentInput,
  BOOKING_LIMITS,
  DATE_RULE,
  isLocale,
  type NotificationKind,
} from '@palier/shared';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { confirmationEmail } from './booking-emails';
import { CatalogueService } from './catalogue.service';
import type {
  AppointmentAttendanceEnum,
  AppointmentDto,
  AppointmentStatusEnum,
  BookingOutcomeDto,
  BookingServiceDto,
  SlotDto,
  SlotRangeDto,
} from './dto/booking.dto';
import { computeSlots, isoDate, type Slot } from './slots/compute-slots';
import './booking.events';

const STAFF_ROLES = ['staff', 'builder', 'admin'];
const TAKEN_MESSAGE = 'Ce créneau vient d’être pris, voici les suivants.';
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const REMINDER_HOURS = 24;

/** Thrown inside a booking transaction when every resource is taken: rolls it back. */
class SlotTaken extends Error {}

interface AppointmentRow {
  id: string;
  community_id: string;
  service_id: string;
  service_name: string;
  what_to_bring: string;
  resource_name: string;
  resident_account_id: string | null;
  resident_name: string | null;
  resident_has_email: boolean | null;
  starts_at: Date;
  ends_at: Date;
  status: string;
  attendance: string | null;
  note: string;
  code: string;
  at_desk: boolean;
}

const APPOINTMENT_SELECT = `
  SELECT a.id, a.community_id, a.service_id, s.name AS service_name, s.what_to_bring, r.name AS resource_name,
         a.resident_account_id, acc.display_name AS resident_name, (acc.email IS NOT NULL) AS resident_has_email,
         a.starts_at, a.ends_at, a.status, a.attendance, a.note, a.code, a.at_desk
    FROM appointment a
    JOIN booking_service s ON s.id = a.service_id
    JOIN booking_resource r ON r.id = a.resource_id
    LEFT JOIN account acc ON acc.id = a.resident_account_id`;

const isStaff = (membership?: ViewerMembership) =>
  !!membership && STAFF_ROLES.includes(membership.role);

const addressOf = (c: CommunityDto) => `${c.streetAddress}, ${c.postalCode} ${c.city}`;

interface Placement {
  community: CommunityDto;
  service: BookingServiceDto;
  residentAccountId: string;
  bookedBy: Viewer;
  atDesk: boolean;
  startsAt: Date;
  note: string;
  now: Date;
  /** The appointment this one replaces (a reschedule): cancelled in the same transaction. */
  replacing?: string;
}

/**
 * Appointments: free slots, booking (the database refuses overlaps), cancelling, rescheduling with
 * history, desk bookings, the staff agenda, reminders and calendar files.
 */
@Injectable()
export class BookingService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly catalogue: CatalogueService,
    private readonly communities: CommunityService,
    private readonly notifications: NotificationsService,
    private readonly outbox: Outbox,
    private readonly desk: DeskService,
    private readonly viewers: ViewerSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'appointment-reminders',
      everyMs: 5 * 60_000,
      run: () => this.sendDueReminders().then((n) => (n ? `${n} reminders sent` : undefined)),
    });
  }

  // ——— Slots ———

  /** The free slots of a service between two local dates (at most 9 weeks at once). */
  async slots(
    communityId: string,
    serviceId: string,
    from: string,
    to: string,
    now = new Date(),
  ): Promise<SlotRangeDto> {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ])
      if (!DATE_RULE.safeParse(value).success)
        throw AppError.badInput([fieldProblem(field, 'invalid_format')]);
    const community = await this.communities.getById(communityId);
    const service = await this.catalogue.service(communityId, serviceId);
    const zone = community.timeZone;
    const today = isoDate(DateTime.fromJSDate(now, { zone }));
    let first = from < today ? today : from;
    let last = to;
    if (last < first) {
      if (to < from) throw AppError.badInput([fieldProblem('to', 'out_of_range')]);
      first = last = today;
    }
    let capped = false;
    const maxLast = isoDate(
      DateTime.fromISO(first, { zone }).plus({ days: BOOKING_LIMITS.slotRangeMaxDays - 1 }),
    );
    if (last > maxLast) {
      last = maxLast;
      capped = true;
    }
    const slots = await this.freeSlots(community, service, first, last, now);
    return {
      from: first,
      to: last,
      capped,
      message: capped
        ? `Nous montrons ${BOOKING_LIMITS.slotRangeMaxDays / 7} semaines au plus à la fois : les créneaux jusqu’au ${DateTime.fromISO(last).setLocale('fr').toFormat('d MMMM yyyy')}.`
        : null,
      timeZone: zone,
      slots: slots.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    };
  }

  private async freeSlots(
    community: CommunityDto,
    service: BookingServiceDto,
    from: string,
    to: string,
    now: Date,
    withBookings = true,
  ): Promise<Slot[]> {
    const zone = community.timeZone;
    const resourceIds = service.resourceIds;
    const { rules, exceptions } = await this.catalogue.availability(
      resourceIds,
      from,
      this.db.manager,
    );
    const closures = await this.communities.upcomingClosures(community, now);
    const busy = new Map<string, { start: number; end: number }[]>();
    if (withBookings && resourceIds.length) {
      const rows: { resource_id: string; s: Date; e: Date }[] = await this.db.query(
        `SELECT resource_id, lower(blocked) AS s, upper(blocked) AS e FROM appointment
          WHERE resource_id = ANY($1::uuid[]) AND status IN ('pending', 'confirmed')
            AND blocked && tstzrange($2, $3) ORDER BY lower(blocked)`,
        [
          resourceIds,
          DateTime.fromISO(from, { zone }).minus({ days: 1 }).toJSDate(),
          DateTime.fromISO(to, { zone }).plus({ days: 2 }).toJSDate(),
        ],
      );
      for (const r of rows)
        busy.set(r.resource_id, [
          ...(busy.get(r.resource_id) ?? []),
          { start: new Date(r.s).getTime(), end: new Date(r.e).getTime() },
        ]);
    }
    return computeSlots({
      timeZone: zone,
      from,
      to,
      durationMinutes: service.durationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      earliest: new Date(now.getTime() + service.minNoticeMinutes * 60_000),
      latest: new Date(now.getTime() + service.maxHorizonDays * 86_400_000),
      resources: resourceIds.map((id) => ({
        id,
        rules: rules.get(id) ?? [],
        exceptions: exceptions.get(id) ?? [],
        busy: busy.get(id) ?? [],
      })),
      closures,
    });
  }

  /** The next free slots after a moment (for "this slot was just taken, here are the next"). */
  private async nextSlots(
    community: CommunityDto,
    service: BookingServiceDto,
    after: Date,
    now: Date,
  ): Promise<SlotDto[]> {
    const zone = community.timeZone;
    const from = isoDate(DateTime.fromJSDate(after, { zone }));
    const to = isoDate(DateTime.fromISO(from, { zone }).plus({ days: 20 }));
    const slots = await this.freeSlots(community, service, from, to, now);
    return slots
      .filter((s) => s.startsAt > after)
      .slice(0, 5)
      .map(({ startsAt, endsAt }) => ({ startsAt, endsAt }));
  }

  // ——— Booking ———

  /** A resident books a slot for themselves. */
  book(viewer: Viewer, communityId: string, input: unknown, now = new Date()) {
    return this.bookFor(viewer, communityId, viewer.accountId, input, false, now);
  }

  /** Staff book for a resident who is at the desk or on the phone, with their consent. */
  async bookAtDesk(
    staff: Viewer,
    communityId: string,
    residentAccountId: string,
    input: unknown,
    consent: { residentPresent: boolean; residentAgrees: boolean },
    now = new Date(),
  ): Promise<BookingOutcomeDto> {
    const problems = deskConsentProblems(consent);
    if (problems.length)
      throw AppError.badInput(
        problems,
        'Cochez les deux cases : la personne est là (ou au téléphone) et elle est d’accord.',
      );
    const resident = await this.viewers.membershipOf(residentAccountId, communityId);
    if (!resident) throw AppError.notFound('Cette personne n’est pas membre de cette communauté.');
    return this.bookFor(staff, communityId, residentAccountId, input, true, now);
  }

  private async bookFor(
    bookedBy: Viewer,
    communityId: string,
    residentAccountId: string,
    input: unknown,
    atDesk: boolean,
    now: Date,
  ): Promise<BookingOutcomeDto> {
    const data = parseInput(bookAppointmentInput, input);
    const community = await this.communities.getById(communityId);
    const service = await this.catalogue.service(communityId, data.serviceId);
    return this.place({
      community,
      service,
      residentAccountId,
      bookedBy,
      atDesk,
      startsAt: new Date(data.startsAt),
      note: data.note,
      now,
    });
  }

  /** Checks the slot, then inserts the appointment on the first resource the database accepts. */
  private async place(p: Placement): Promise<BookingOutcomeDto> {
    const { community, service, startsAt, now } = p;
    const zone = community.timeZone;
    if (startsAt.getTime() <= now.getTime())
      throw AppError.badInput(
        [fieldProblem('startsAt', 'out_of_range')],
        'Ce créneau est déjà passé : choisissez un créneau à venir.',
      );
    if (startsAt.getTime() < now.getTime() + service.minNoticeMinutes * 60_000)
      throw AppError.badInput(
        [fieldProblem('startsAt', 'out_of_range')],
        `Ce créneau est trop proche : réservez au moins ${Math.ceil(service.minNoticeMinutes / 60)} h à l’avance.`,
      );
    if (startsAt.getTime() > now.getTime() + service.maxHorizonDays * 86_400_000)
      throw AppError.badInput(
        [fieldProblem('startsAt', 'out_of_range')],
        `On ne peut pas réserver plus de ${service.maxHorizonDays} jours à l’avance.`,
      );
    const date = isoDate(DateTime.fromJSDate(startsAt, { zone }));
    const offered = (await this.freeSlots(community, service, date, date, now, false)).find(
      (s) => s.startsAt.getTime() === startsAt.getTime(),
    );
    if (!offered)
      throw AppError.badInput(
        [fieldProblem('startsAt', 'out_of_range')],
        'Ce créneau n’est pas proposé pour ce service : choisissez-en un dans la liste.',
      );
    const resident = await this.residentContact(p.residentAccountId);
    try {
      const appointmentId = await this.tx.run(async (manager, emit) => {
        if (p.replacing) await this.cancelRow(manager, p.replacing, p.bookedBy, p.atDesk);
        await this.checkWeeklyLimit(manager, p);
        const id = await this.insertOnFreeResource(manager, p, offered.resourceIds, offered.endsAt);
        await this.event(manager, id, community.id, 'booked', p.bookedBy.accountId, p.atDesk);
        if (p.replacing) {
          await manager.query(`UPDATE appointment SET rescheduled_from_id = $2 WHERE id = $1`, [
            id,
            p.replacing,
          ]);
          await this.event(
            manager,
            id,
            community.id,
            'rescheduled_from',
            p.bookedBy.accountId,
            p.atDesk,
            {
              appointment: p.replacing,
            },
          );
          await this.event(
            manager,
            p.replacing,
            community.id,
            'rescheduled_to',
            p.bookedBy.accountId,
            p.atDesk,
            {
              appointment: id,
            },
          );
        }
        if (p.atDesk)
          await this.desk.recordAction(
            manager,
            p.bookedBy,
            community.id,
            p.residentAccountId,
            p.replacing ? 'appointment_rescheduled' : 'appointment_booked',
            { appointment: id },
            p.replacing
              ? `Rendez-vous « ${service.name} » déplacé par l’équipe pour la personne`
              : `Rendez-vous « ${service.name} » pris à l’accueil, avec la personne présente et d’accord`,
          );
        if (resident?.email)
          await this.enqueueConfirmation(manager, id, p, { ...resident, email: resident.email });
        emit({
          type: 'booking.slots_changed',
          payload: {
            communityId: community.id,
            serviceIds: await this.servicesSharing(manager, offered.resourceIds),
          },
        });
        return id;
      });
      await this.notifyResident(appointmentId, 'appointment_booked');
      return { appointment: await this.load(appointmentId, p.atDesk), slotTaken: null };
    } catch (error) {
      if (!(error instanceof SlotTaken)) throw error;
      return {
        appointment: null,
        slotTaken: {
          message: TAKEN_MESSAGE,
          nextSlots: await this.nextSlots(community, service, startsAt, now),
        },
      };
    }
  }

  private async residentContact(accountId: string) {
    const [row]: { email: string | null; display_name: string; locale: string }[] =
      await this.db.query(`SELECT email, display_name, locale FROM account WHERE id = $1`, [
        accountId,
      ]);
    return row;
  }

  private async checkWeeklyLimit(manager: EntityManager, p: Placement): Promise<void> {
    if (!p.service.maxPerWeek) return;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `booking:${p.residentAccountId}:${p.service.id}`,
    ]);
    const week = DateTime.fromJSDate(p.startsAt, { zone: p.community.timeZone }).startOf('week');
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM appointment
        WHERE resident_account_id = $1 AND service_id = $2 AND status IN ('pending', 'confirmed')
          AND starts_at >= $3 AND starts_at < $4`,
      [p.residentAccountId, p.service.id, week.toJSDate(), week.plus({ weeks: 1 }).toJSDate()],
    );
    if (n >= p.service.maxPerWeek)
      throw AppError.badInput(
        [fieldProblem('startsAt', 'out_of_range')],
        `Vous avez déjà ${n} rendez-vous « ${p.service.name} » cette semaine : c’est le maximum. Choisissez une autre semaine.`,
      );
  }

  /** Tries each resource free at that time; the exclusion constraint decides (SQLSTATE 23P01). */
  private async insertOnFreeResource(
    manager: EntityManager,
    p: Placement,
    resourceIds: string[],
    endsAt: Date,
  ): Promise<string> {
    const before = new Date(p.startsAt.getTime() - p.service.bufferBeforeMinutes * 60_000);
    const after = new Date(endsAt.getTime() + p.service.bufferAfterMinutes * 60_000);
    for (const resourceId of resourceIds) {
      await manager.query(`SAVEPOINT booking_attempt`);
      try {
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO appointment (community_id, service_id, resource_id, resident_account_id, booked_by_account_id,
             at_desk, starts_at, ends_at, blocked, status, note, code)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, tstzrange($9, $10), $11, $12, $13) RETURNING id`,
          [
            p.community.id,
            p.service.id,
            resourceId,
            p.residentAccountId,
            p.bookedBy.accountId,
            p.atDesk,
            p.startsAt,
            endsAt,
            before,
            after,
            p.service.requiresConfirmation ? 'pending' : 'confirmed',
            p.note,
            Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(
              '',
            ),
          ],
        );
        await manager.query(`RELEASE SAVEPOINT booking_attempt`);
        return row.id;
      } catch (error) {
        await manager.query(`ROLLBACK TO SAVEPOINT booking_attempt`);
        if ((error as { code?: string }).code !== '23P01') throw error;
      }
    }
    throw new SlotTaken();
  }

  /** The services delivered by these resources (their slots change together). */
  private async servicesSharing(manager: EntityManager, resourceIds: string[]): Promise<string[]> {
    const rows: { service_id: string }[] = await manager.query(
      `SELECT DISTINCT service_id FROM booking_service_resource WHERE resource_id = ANY($1::uuid[])`,
      [resourceIds],
    );
    return rows.map((r) => r.service_id);
  }

  private async event(
    manager: EntityManager,
    appointmentId: string,
    communityId: string,
    action: string,
    byAccountId: string | null,
    atDesk: boolean,
    details: Record<string, string> = {},
  ): Promise<void> {
    await manager.query(
      `INSERT INTO appointment_event (appointment_id, community_id, action, by_account_id, at_desk, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [appointmentId, communityId, action, byAccountId, atDesk, JSON.stringify(details)],
    );
  }

  private links(community: CommunityDto, appointmentId: string) {
    return {
      manageUrl: `${this.config.publicUrl}/c/${community.slug}/rendez-vous/${appointmentId}`,
      calendarUrl: `${this.config.publicUrl}/api/booking/appointments/${appointmentId}.ics`,
    };
  }

  private async enqueueConfirmation(
    manager: EntityManager,
    appointmentId: string,
    p: Placement,
    resident: { email: string; display_name: string; locale: string },
  ): Promise<void> {
    const [row]: { code: string; status: string }[] = await manager.query(
      `SELECT code, status FROM appointment WHERE id = $1`,
      [appointmentId],
    );
    const locale = isLocale(resident.locale) ? resident.locale : 'fr';
    const content = confirmationEmail(locale, {
      displayName: resident.display_name,
      serviceName: p.service.name,
      startsAt: p.startsAt,
      timeZone: p.community.timeZone,
      address: addressOf(p.community),
      communityName: p.community.name,
      whatToBring: p.service.whatToBring,
      note: p.note,
      code: row.code,
      pending: row.status === 'pending',
      ...this.links(p.community, appointmentId),
    });
    await this.outbox.enqueue(manager, {
      idempotencyKey: `appointment-booked:${appointmentId}`,
      accountId: p.residentAccountId,
      to: resident.email,
      locale,
      kind: 'appointment_booked',
      subject: content.subject,
      text: content.text,
    });
  }

  /** An in-app notification (and an email, as the member chose) about an appointment. */
  private async notifyResident(appointmentId: string, kind: NotificationKind): Promise<void> {
    const [row]: {
      resident_account_id: string | null;
      community_id: string;
      service_name: string;
      what_to_bring: string;
      starts_at: Date;
      status: string;
    }[] = await this.db.query(
      `SELECT a.resident_account_id, a.community_id, s.name AS service_name, s.what_to_bring, a.starts_at, a.status
         FROM appointment a JOIN booking_service s ON s.id = a.service_id WHERE a.id = $1`,
      [appointmentId],
    );
    if (!row?.resident_account_id) return;
    const community = await this.communities.getById(row.community_id);
    await this.notifications.notify({
      accountIds: [row.resident_account_id],
      communityId: community.id,
      kind,
      data: {
        service: row.service_name,
        startsAt: new Date(row.starts_at).toISOString(),
        timeZone: community.timeZone,
        address: addressOf(community),
        bring: row.what_to_bring,
        pending: String(row.status === 'pending'),
      },
      link: `/c/${community.slug}/rendez-vous/${appointmentId}`,
    });
  }

  // ——— Changing an appointment ———

  /** Loads an appointment the viewer may act on: their own, or any of the community for staff. */
  private async actionable(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    appointmentId: string,
  ): Promise<AppointmentRow> {
    const [row]: AppointmentRow[] = await this.db.query(
      `${APPOINTMENT_SELECT} WHERE a.community_id = $1 AND a.id = $2`,
      [communityId, appointmentId],
    );
    if (!row || (row.resident_account_id !== viewer.accountId && !isStaff(membership)))
      throw AppError.notFound('Nous n’avons pas trouvé ce rendez-vous.');
    return row;
  }

  private async cancelRow(
    manager: EntityManager,
    appointmentId: string,
    by: Viewer,
    atDesk: boolean,
  ): Promise<void> {
    const [rows] = await manager.query(
      `UPDATE appointment SET status = 'cancelled', cancelled_at = now()
        WHERE id = $1 AND status IN ('pending', 'confirmed') AND starts_at > now() RETURNING community_id`,
      [appointmentId],
    );
    if (!rows.length)
      throw new AppError(
        'CONFLICT',
        'Ce rendez-vous ne peut plus être changé : il est passé ou déjà annulé.',
      );
    await this.event(
      manager,
      appointmentId,
      rows[0].community_id,
      'cancelled',
      by.accountId,
      atDesk,
    );
  }

  async cancel(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    appointmentId: string,
  ): Promise<AppointmentDto> {
    const row = await this.actionable(viewer, membership, communityId, appointmentId);
    const atDesk = row.resident_account_id !== viewer.accountId;
    await this.tx.run(async (manager, emit) => {
      await this.cancelRow(manager, appointmentId, viewer, atDesk);
      emit({
        type: 'booking.slots_changed',
        payload: { communityId, serviceIds: [row.service_id] },
      });
    });
    await this.notifyResident(appointmentId, 'appointment_cancelled');
    return this.load(appointmentId);
  }

  /** Moves an appointment to another slot: the old one is cancelled, the new one remembers it. */
  async reschedule(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    appointmentId: string,
    startsAt: string,
    now = new Date(),
  ): Promise<BookingOutcomeDto> {
    const row = await this.actionable(viewer, membership, communityId, appointmentId);
    const data = parseInput(bookAppointmentInput, {
      serviceId: row.service_id,
      startsAt,
      note: row.note,
    });
    const community = await this.communities.getById(communityId);
    const service = await this.catalogue.service(communityId, row.service_id);
    if (!row.resident_account_id) throw AppError.notFound();
    return this.place({
      community,
      service,
      residentAccountId: row.resident_account_id,
      bookedBy: viewer,
      atDesk: row.resident_account_id !== viewer.accountId,
      startsAt: new Date(data.startsAt),
      note: data.note,
      now,
      replacing: appointmentId,
    });
  }

  // ——— Reading ———

  private async withHistory(rows: AppointmentRow[], staff: boolean): Promise<AppointmentDto[]> {
    const history = new Map<string, AppointmentDto['history']>();
    if (rows.length) {
      const events: {
        root: string;
        action: string;
        at_desk: boolean;
        created_at: Date;
        other_starts_at: Date | null;
      }[] = await this.db.query(
        `WITH RECURSIVE chain(root, id) AS (
           SELECT id, id FROM appointment WHERE id = ANY($1::uuid[])
           UNION ALL
           SELECT c.root, a.rescheduled_from_id FROM chain c JOIN appointment a ON a.id = c.id
            WHERE a.rescheduled_from_id IS NOT NULL)
         SELECT c.root, e.action, e.at_desk, e.created_at, o.starts_at AS other_starts_at
           FROM chain c JOIN appointment_event e ON e.appointment_id = c.id
           LEFT JOIN appointment o ON o.id = (e.details->>'appointment')::uuid
          ORDER BY e.seq`,
        [rows.map((r) => r.id)],
      );
      for (const e of events)
        history.set(e.root, [
          ...(history.get(e.root) ?? []),
          {
            action: e.action,
            atDesk: e.at_desk,
            createdAt: e.created_at,
            otherStartsAt: e.other_starts_at,
          },
        ]);
    }
    return rows.map((r) => ({
      id: r.id,
      communityId: r.community_id,
      serviceId: r.service_id,
      serviceName: r.service_name,
      whatToBring: r.what_to_bring,
      resourceName: r.resource_name,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      status: r.status as AppointmentStatusEnum,
      attendance: r.attendance as AppointmentAttendanceEnum | null,
      note: r.note,
      code: r.code,
      atDesk: r.at_desk,
      residentName: staff ? (r.resident_name ?? 'Ancien membre') : null,
      residentHasEmail: staff ? !!r.resident_has_email : null,
      history: history.get(r.id) ?? [],
    }));
  }

  private async load(appointmentId: string, staff = false): Promise<AppointmentDto> {
    const rows: AppointmentRow[] = await this.db.query(`${APPOINTMENT_SELECT} WHERE a.id = $1`, [
      appointmentId,
    ]);
    const [dto] = await this.withHistory(rows, staff);
    return dto;
  }

  async get(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    appointmentId: string,
  ): Promise<AppointmentDto> {
    await this.actionable(viewer, membership, communityId, appointmentId);
    return this.load(appointmentId, isStaff(membership));
  }

  /** My appointments in this community (a rescheduled one appears once, as its latest time). */
  async mine(viewer: Viewer, communityId: string): Promise<AppointmentDto[]> {
    const rows: AppointmentRow[] = await this.db.query(
      `${APPOINTMENT_SELECT}
        WHERE a.community_id = $1 AND a.resident_account_id = $2
          AND NOT EXISTS (SELECT 1 FROM appointment n WHERE n.rescheduled_from_id = a.id)
        ORDER BY (a.status <> 'cancelled' AND a.ends_at > now()) DESC, a.starts_at DESC LIMIT 100`,
      [communityId, viewer.accountId],
    );
    const upcomingFirst = rows.sort((a, b) => {
      const aNext = a.status !== 'cancelled' && new Date(a.ends_at) > new Date();
      const bNext = b.status !== 'cancelled' && new Date(b.ends_at) > new Date();
      if (aNext !== bNext) return aNext ? -1 : 1;
      const diff = new Date(a.starts_at).getTime() - new Date(b.starts_at).getTime();
      return aNext ? diff : -diff;
    });
    return this.withHistory(upcomingFirst, false);
  }

  /** Staff: the appointments between two local dates, for one resource or the whole centre. */
  async agenda(
    communityId: string,
    from: string,
    to: string,
    resourceId: string | null,
  ): Promise<AppointmentDto[]> {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ])
      if (!DATE_RULE.safeParse(value).success)
        throw AppError.badInput([fieldProblem(field, 'invalid_format')]);
    const community = await this.communities.getById(communityId);
    const start = DateTime.fromISO(from, { zone: community.timeZone });
    const end = DateTime.fromISO(to, { zone: community.timeZone }).plus({ days: 1 });
    if (end < start || end.diff(start, 'days').days > 31)
      throw AppError.badInput(
        [fieldProblem('to', 'out_of_range')],
        'L’agenda montre 31 jours au plus à la fois.',
      );
    const rows: AppointmentRow[] = await this.db.query(
      `${APPOINTMENT_SELECT}
        WHERE a.community_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3
          AND ($4::uuid IS NULL OR a.resource_id = $4)
          AND NOT (a.status = 'cancelled' AND EXISTS (SELECT 1 FROM appointment n WHERE n.rescheduled_from_id = a.id))
        ORDER BY a.starts_at, r.name LIMIT 2000`,
      [communityId, start.toJSDate(), end.toJSDate(), resourceId],
    );
    return this.withHistory(rows, true);
  }

  private async staffUpdate(
    staff: Viewer,
    communityId: string,
    appointmentId: string,
    sql: string,
    action: string,
  ): Promise<AppointmentDto> {
    await this.tx.run(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE appointment SET ${sql} WHERE community_id = $1 AND id = $2 AND status <> 'cancelled' RETURNING id`,
        [communityId, appointmentId],
      );
      if (!rows.length) throw AppError.notFound('Nous n’avons pas trouvé ce rendez-vous.');
      await this.event(manager, appointmentId, communityId, action, staff.accountId, false);
    });
    return this.load(appointmentId, true);
  }

  /** Staff: the resident arrived, or did not come. */
  setAttendance(
    staff: Viewer,
    communityId: string,
    appointmentId: string,
    attendance: AppointmentAttendanceEnum,
  ): Promise<AppointmentDto> {
    const value = attendance === 'arrived' ? 'arrived' : 'no_show';
    return this.staffUpdate(staff, communityId, appointmentId, `attendance = '${value}'`, value);
  }

  /** Staff: confirm an appointment of a service that needs it. */
  async confirm(staff: Viewer, communityId: string, appointmentId: string) {
    const dto = await this.staffUpdate(
      staff,
      communityId,
      appointmentId,
      `status = 'confirmed'`,
      'confirmed',
    );
    await this.notifyResident(appointmentId, 'appointment_booked');
    return dto;
  }

  /** Staff: send the reminder again (e.g. the resident lost it). */
  async remindAgain(staff: Viewer, communityId: string, appointmentId: string) {
    const dto = await this.staffUpdate(
      staff,
      communityId,
      appointmentId,
      `reminded_at = now()`,
      'reminder_sent',
    );
    await this.notifyResident(appointmentId, 'appointment_reminder');
    return dto;
  }

  /**
   * The reminder job: appointments starting within 24 h that have not had their reminder. Each is
   * claimed (reminded_at set) before it is sent, so a second run or process never sends it twice.
   */
  async sendDueReminders(now = new Date()): Promise<number> {
    const [claimed]: [{ id: string }[], number] = await this.db.query(
      `UPDATE appointment SET reminded_at = $1
        WHERE id IN (SELECT id FROM appointment
                      WHERE reminded_at IS NULL AND status IN ('pending', 'confirmed')
                        AND resident_account_id IS NOT NULL
                        AND starts_at > $1 AND starts_at <= $2
                      ORDER BY starts_at LIMIT 200 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [now, new Date(now.getTime() + REMINDER_HOURS * 3_600_000)],
    );
    for (const { id } of claimed) await this.notifyResident(id, 'appointment_reminder');
    return claimed.length;
  }

  // ——— Calendar file ———

  /** The .ics of an appointment, for its resident or the community's staff. */
  async calendar(
    viewer: Viewer,
    appointmentId: string,
  ): Promise<{ fileName: string; content: string }> {
    const [row]: (AppointmentRow & { community_id: string })[] = await this.db.query(
      `${APPOINTMENT_SELECT} WHERE a.id = $1`,
      [appointmentId],
    );
    if (!row) throw AppError.notFound('Nous n’avons pas trouvé ce rendez-vous.');
    if (row.resident_account_id !== viewer.accountId) {
      const membership = await this.viewers.membershipOf(viewer.accountId, row.community_id);
      if (!isStaff(membership)) throw AppError.notFound('Nous n’avons pas trouvé ce rendez-vous.');
    }
    const community = await this.communities.getById(row.community_id);
    const { manageUrl } = this.links(community, row.id);
    return {
      fileName: `rendez-vous-${DateTime.fromJSDate(new Date(row.starts_at), { zone: community.timeZone }).toISODate()}.ics`,
      content: calendarFile({
        product: 'Rendez-vous',
        communityName: community.name,
        host: new URL(this.config.publicUrl).host,
        events: [
          {
            id: row.id,
            summary: `${row.service_name} — ${community.name}`,
            startsAt: new Date(row.starts_at),
            endsAt: new Date(row.ends_at),
            location: `${community.name}, ${addressOf(community)}`,
            description: [
              row.what_to_bring ? `À apporter : ${row.what_to_bring}` : '',
              `Code : ${row.code}`,
              `Annuler ou changer : ${manageUrl}`,
            ]
              .filter(Boolean)
              .join('\n'),
            url: manageUrl,
            cancelled: row.status === 'cancelled',
          },
        ],
      }),
    };
  }
}
