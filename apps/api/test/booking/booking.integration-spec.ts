import { Jobs } from '@palier/server-core';
import {
  createAccount,
  createCommunity,
  createMember,
  logIn,
  type TestCommunity,
} from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  APPOINTMENT_FIELDS,
  BOOK,
  createResource,
  createService,
  parisDate,
  parisTime,
  SLOTS,
} from './booking-fixtures';

interface Outcome {
  bookAppointment: {
    appointment: {
      id: string;
      startsAt: string;
      status: string;
      code: string;
      note: string;
    } | null;
    slotTaken: { message: string; nextSlots: { startsAt: string }[] } | null;
  };
}

describe('appointments: services, slots, booking without double bookings', () => {
  let t: TestApp;
  let community: TestCommunity;
  let admin: Client;
  let staff: Client;
  let resident: Client;
  let residentId: string;
  let other: Client;
  let resourceId: string;
  let service: { id: string; name: string };
  const day = parisDate(3);

  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    admin = await logIn(t, await createMember(t, community, 'admin', 'Directrice'));
    staff = await logIn(t, await createMember(t, community, 'staff', 'Accueil'));
    const r = await createMember(t, community, 'resident', 'Amina Diallo');
    residentId = r.id;
    resident = await logIn(t, r);
    other = await logIn(t, await createMember(t, community, 'resident', 'Autre Habitant'));
    resourceId = await createResource(admin, community);
    service = await createService(admin, community, [resourceId], { maxPerWeek: 2 });
  });
  afterAll(() => t.close());

  it('lists the free slots of a day in the community’s time zone', async () => {
    const res = await resident.gql<{
      bookingSlots: { slots: { startsAt: string }[]; timeZone: string; capped: boolean };
    }>(SLOTS, { c: community.id, s: service.id, from: day, to: day });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookingSlots.timeZone).toBe('Europe/Paris');
    expect(res.data!.bookingSlots.capped).toBe(false);
    expect(res.data!.bookingSlots.slots.map((s) => s.startsAt)).toEqual(
      ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'].map((time) =>
        new Date(parisTime(day, time)).toISOString(),
      ),
    );
  });

  it('shows on the public sas only the services meant for it', async () => {
    await createService(admin, community, [resourceId], {
      name: 'Service interne',
      shownOnSas: false,
    });
    const res = await t.gql<{ sasBookingServices: { name: string }[] }>(
      `query($c: ID!) { sasBookingServices(communityId: $c) { name } }`,
      { c: community.id },
    );
    expect(res.data!.sasBookingServices.map((s) => s.name)).toEqual([service.name]);
  });

  it('caps a range of 10 years with a message', async () => {
    const res = await resident.gql<{
      bookingSlots: { from: string; to: string; capped: boolean; message: string };
    }>(SLOTS, { c: community.id, s: service.id, from: parisDate(0), to: parisDate(3650) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookingSlots).toMatchObject({ capped: true, to: parisDate(62) });
    expect(res.data!.bookingSlots.message).toMatch(/9 semaines au plus/);
  });

  it('books a slot, sends the confirmation email and serves a valid calendar file', async () => {
    const startsAt = parisTime(day, '09:00');
    const res = await resident.gql<Outcome>(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt, note: '<b>pour ma déclaration trimestrielle</b>' },
    });
    expect(res.errors).toBeUndefined();
    const appointment = res.data!.bookAppointment.appointment!;
    expect(appointment).toMatchObject({
      status: 'confirmed',
      note: '<b>pour ma déclaration trimestrielle</b>',
    });
    expect(appointment.code).toMatch(/^[A-Z2-9]{6}$/);

    const [email] = await t.query<{ subject: string; text_body: string }>(
      `SELECT subject, text_body FROM email_outbox WHERE idempotency_key = $1`,
      [`appointment-booked:${appointment.id}`],
    );
    expect(email.subject).toMatch(
      /^Rendez-vous confirmé : Aide aux démarches en ligne, \S+ \d+ \S+ à 9 h$/,
    );
    expect(email.text_body).toContain('1 rue de la Paix, 93000 Bobigny');
    expect(email.text_body).toContain('À apporter : votre numéro d’allocataire');
    expect(email.text_body).toContain(`/api/booking/appointments/${appointment.id}.ics`);
    expect(email.text_body).toContain(`/c/${community.slug}/rendez-vous/${appointment.id}`);

    const ics = await resident.http.get(`/api/booking/appointments/${appointment.id}.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const { default: ICAL } = await import('ical.js');
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent')!,
    );
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(startsAt).toISOString());
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
      30 * 60_000,
    );
    expect(event.summary).toContain('Aide aux démarches en ligne');
    expect(event.location).toContain('1 rue de la Paix');

    expect((await other.http.get(`/api/booking/appointments/${appointment.id}.ics`)).status).toBe(
      404,
    );
    expect((await staff.http.get(`/api/booking/appointments/${appointment.id}.ics`)).status).toBe(
      200,
    );
    expect((await t.http.get(`/api/booking/appointments/${appointment.id}.ics`)).status).toBe(401);

    // The slot is gone for everyone.
    const slots = await other.gql<{ bookingSlots: { slots: { startsAt: string }[] } }>(SLOTS, {
      c: community.id,
      s: service.id,
      from: day,
      to: day,
    });
    expect(slots.data!.bookingSlots.slots.map((s) => s.startsAt)).not.toContain(
      new Date(startsAt).toISOString(),
    );
  });

  it('answers "ce créneau vient d’être pris" with the next slots when the slot is taken', async () => {
    const res = await other.gql<Outcome>(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt: parisTime(day, '09:00') },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.bookAppointment.appointment).toBeNull();
    expect(res.data!.bookAppointment.slotTaken!.message).toBe(
      'Ce créneau vient d’être pris, voici les suivants.',
    );
    expect(res.data!.bookAppointment.slotTaken!.nextSlots[0].startsAt).toBe(
      new Date(parisTime(day, '09:30')).toISOString(),
    );
  });

  it('lets exactly one of many concurrent attempts on one slot win', async () => {
    const clients = await Promise.all(
      Array.from({ length: 12 }, async (_, i) =>
        logIn(t, await createMember(t, community, 'resident', `Concurrent ${i}`)),
      ),
    );
    const startsAt = parisTime(day, '11:30');
    const results = await Promise.all(
      clients.map((c) =>
        c.gql<Outcome>(BOOK, { c: community.id, i: { serviceId: service.id, startsAt } }),
      ),
    );
    expect(results.every((r) => r.status === 200 && !r.errors)).toBe(true);
    expect(results.filter((r) => r.data!.bookAppointment.appointment)).toHaveLength(1);
    expect(results.filter((r) => r.data!.bookAppointment.slotTaken)).toHaveLength(11);
    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM appointment WHERE resource_id = $1 AND starts_at = $2 AND status <> 'cancelled'`,
      [resourceId, startsAt],
    );
    expect(n).toBe(1);
  });

  it('is enforced by the database itself: an overlapping insert fails with 23P01', async () => {
    const [row] = await t.query<{ resident_account_id: string }>(
      `SELECT resident_account_id FROM appointment WHERE resource_id = $1 LIMIT 1`,
      [resourceId],
    );
    await expect(
      t.query(
        `INSERT INTO appointment (community_id, service_id, resource_id, resident_account_id, starts_at, ends_at, blocked, status, code)
         VALUES ($1, $2, $3, $4, $5, $6, tstzrange($5, $6), 'confirmed', 'XXXXXX')`,
        [
          community.id,
          service.id,
          resourceId,
          row.resident_account_id,
          parisTime(day, '09:15'),
          parisTime(day, '09:45'),
        ],
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('refuses the past, times outside the rules, beyond the horizon, and long notes', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ startsAt: parisTime(parisDate(-1), '09:00') }, /déjà passé/],
      [{ startsAt: parisTime(day, '14:00') }, /pas proposé/],
      [{ startsAt: parisTime(day, '09:10') }, /pas proposé/],
      [{ startsAt: parisTime(parisDate(90), '09:00') }, /plus de 60 jours/],
      [{ startsAt: 'demain matin' }, /à corriger/],
      [{ startsAt: parisTime(day, '10:00'), note: 'x'.repeat(501) }, /à corriger/],
    ];
    for (const [input, message] of cases) {
      const res = await other.gql(BOOK, {
        c: community.id,
        i: { serviceId: service.id, ...input },
      });
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(res.errors?.[0].message).toMatch(message);
    }
  });

  it('refuses more bookings than the weekly limit', async () => {
    const limited = await logIn(t, await createMember(t, community, 'resident', 'Limitée'));
    for (const time of ['10:00', '10:30'])
      expect(
        (
          await limited.gql<Outcome>(BOOK, {
            c: community.id,
            i: { serviceId: service.id, startsAt: parisTime(day, time) },
          })
        ).data!.bookAppointment.appointment,
      ).not.toBeNull();
    const third = await limited.gql(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt: parisTime(day, '11:00') },
    });
    expect(third.errors?.[0].message).toMatch(/c’est le maximum/);
  });

  it('keeps communities apart and residents out of the desk and the agenda', async () => {
    const elsewhere = await createCommunity(t);
    const foreignAdmin = await logIn(t, await createMember(t, elsewhere, 'admin'));
    const foreignService = await createService(foreignAdmin, elsewhere, [
      await createResource(foreignAdmin, elsewhere),
    ]);
    const res = await resident.gql(BOOK, {
      c: community.id,
      i: { serviceId: foreignService.id, startsAt: parisTime(day, '09:00') },
    });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreign = await resident.gql(BOOK, {
      c: elsewhere.id,
      i: { serviceId: foreignService.id, startsAt: parisTime(day, '09:00') },
    });
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const desk = await resident.gql(
      `mutation($c: ID!, $r: ID!, $i: BookAppointmentInput!) {
        bookAppointmentAtDesk(communityId: $c, residentAccountId: $r, input: $i, consent: { residentPresent: true, residentAgrees: true }) { appointment { id } }
      }`,
      {
        c: community.id,
        r: residentId,
        i: { serviceId: service.id, startsAt: parisTime(day, '10:00') },
      },
    );
    expect(desk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const agenda = await resident.gql(
      `query($c: ID!, $d: String!) { bookingAgenda(communityId: $c, from: $d, to: $d) { id } }`,
      { c: community.id, d: day },
    );
    expect(agenda.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreignAgenda = await foreignAdmin.gql<{ bookingAgenda: unknown[] }>(
      `query($c: ID!, $d: String!) { bookingAgenda(communityId: $c, from: $d, to: $d) { id } }`,
      { c: elsewhere.id, d: day },
    );
    expect(foreignAgenda.data!.bookingAgenda).toEqual([]);
  });

  it('shows residents only their own appointments', async () => {
    const mine = await other.gql<{ myAppointments: { id: string }[] }>(
      `query($c: ID!) { myAppointments(communityId: $c) { id } }`,
      { c: community.id },
    );
    const [{ id }] = await t.query<{ id: string }>(
      `SELECT id FROM appointment WHERE resident_account_id = $1`,
      [residentId],
    );
    expect(mine.data!.myAppointments.map((a) => a.id)).not.toContain(id);
    const read = await other.gql(
      `query($c: ID!, $id: ID!) { appointment(communityId: $c, id: $id) { id } }`,
      {
        c: community.id,
        id,
      },
    );
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const cancel = await other.gql(
      `mutation($c: ID!, $id: ID!) { cancelAppointment(communityId: $c, id: $id) { id } }`,
      { c: community.id, id },
    );
    expect(cancel.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('reschedules with history, and cancelling frees the slot', async () => {
    const [{ id }] = await t.query<{ id: string }>(
      `SELECT id FROM appointment WHERE resident_account_id = $1 AND status = 'confirmed'`,
      [residentId],
    );
    const moved = await resident.gql<{
      rescheduleAppointment: {
        appointment: { id: string; startsAt: string; history: { action: string }[] };
      };
    }>(
      `mutation($c: ID!, $id: ID!, $s: String!) { rescheduleAppointment(communityId: $c, id: $id, startsAt: $s) {
        appointment { ${APPOINTMENT_FIELDS} } slotTaken { message } } }`,
      { c: community.id, id, s: parisTime(parisDate(4), '09:00') },
    );
    expect(moved.errors).toBeUndefined();
    const next = moved.data!.rescheduleAppointment.appointment;
    expect(next.id).not.toBe(id);
    expect(next.history.map((h) => h.action)).toEqual([
      'booked',
      'cancelled',
      'booked',
      'rescheduled_from',
      'rescheduled_to',
    ]);
    // The old time is free again.
    const again = await other.gql<Outcome>(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt: parisTime(day, '09:00') },
    });
    expect(again.data!.bookAppointment.appointment).not.toBeNull();

    const cancelled = await resident.gql<{ cancelAppointment: { status: string } }>(
      `mutation($c: ID!, $id: ID!) { cancelAppointment(communityId: $c, id: $id) { status } }`,
      { c: community.id, id: next.id },
    );
    expect(cancelled.data!.cancelAppointment.status).toBe('cancelled');
    const mine = await resident.gql<{ myAppointments: { id: string; status: string }[] }>(
      `query($c: ID!) { myAppointments(communityId: $c) { id status } }`,
      { c: community.id },
    );
    expect(mine.data!.myAppointments).toEqual([{ id: next.id, status: 'cancelled' }]);
  });

  it('books at the desk for a resident without email, with consent, visible to the resident', async () => {
    const noEmail = await createAccount(t, { email: null, login: `sans-mail-${Date.now()}` });
    const member = await createMember(t, community, 'resident');
    await t.query(`UPDATE membership SET account_id = $1 WHERE id = $2`, [
      noEmail.id,
      member.membershipId,
    ]);
    const DESK = `mutation($c: ID!, $r: ID!, $i: BookAppointmentInput!, $k: DeskConsentInput!) {
      bookAppointmentAtDesk(communityId: $c, residentAccountId: $r, input: $i, consent: $k) {
        appointment { ${APPOINTMENT_FIELDS} } slotTaken { message } } }`;
    const input = { serviceId: service.id, startsAt: parisTime(parisDate(5), '10:00') };
    const refused = await staff.gql(DESK, {
      c: community.id,
      r: noEmail.id,
      i: input,
      k: { residentPresent: true, residentAgrees: false },
    });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const res = await staff.gql<{
      bookAppointmentAtDesk: {
        appointment: {
          id: string;
          atDesk: boolean;
          residentName: string;
          residentHasEmail: boolean;
        };
      };
    }>(DESK, {
      c: community.id,
      r: noEmail.id,
      i: input,
      k: { residentPresent: true, residentAgrees: true },
    });
    expect(res.errors).toBeUndefined();
    const appointment = res.data!.bookAppointmentAtDesk.appointment;
    expect(appointment).toMatchObject({ atDesk: true, residentHasEmail: false });
    const log = await t.query<{ reason: string }>(
      `SELECT reason FROM access_log WHERE subject_account_id = $1 AND action = 'desk_action'`,
      [noEmail.id],
    );
    expect(log[0].reason).toMatch(/Rendez-vous « Aide aux démarches en ligne » pris à l’accueil/);
    const history = await t.query<{ action: string }>(
      `SELECT action FROM desk_action WHERE resident_account_id = $1`,
      [noEmail.id],
    );
    expect(history.map((h) => h.action)).toContain('appointment_booked');
    const emails = await t.query(`SELECT 1 FROM email_outbox WHERE idempotency_key = $1`, [
      `appointment-booked:${appointment.id}`,
    ]);
    expect(emails).toHaveLength(0);
  });

  it('gives staff the agenda, arrivals and no-shows', async () => {
    const agenda = await staff.gql<{
      bookingAgenda: { id: string; residentName: string; note: string; status: string }[];
    }>(
      `query($c: ID!, $d: String!, $r: ID) { bookingAgenda(communityId: $c, from: $d, to: $d, resourceId: $r) { ${APPOINTMENT_FIELDS} } }`,
      { c: community.id, d: day, r: resourceId },
    );
    expect(agenda.errors).toBeUndefined();
    expect(agenda.data!.bookingAgenda.length).toBeGreaterThan(2);
    const first = agenda.data!.bookingAgenda[0];
    const marked = await staff.gql<{ setAppointmentAttendance: { attendance: string } }>(
      `mutation($c: ID!, $id: ID!) { setAppointmentAttendance(communityId: $c, id: $id, attendance: arrived) { attendance } }`,
      { c: community.id, id: first.id },
    );
    expect(marked.data!.setAppointmentAttendance.attendance).toBe('arrived');
  });

  it('sends each reminder once, 24 hours before, and again on request', async () => {
    const soon = parisDate(1);
    const booked = await other.gql<Outcome>(BOOK, {
      c: community.id,
      i: { serviceId: service.id, startsAt: parisTime(soon, '11:00') },
    });
    const id = booked.data!.bookAppointment.appointment!.id;
    // Pretend the appointment is in 23 hours.
    await t.query(
      `UPDATE appointment SET starts_at = now() + interval '23 hours', ends_at = now() + interval '23 hours 30 minutes',
         blocked = tstzrange(now() + interval '23 hours', now() + interval '23 hours 30 minutes') WHERE id = $1`,
      [id],
    );
    await t.app.get(Jobs).runNow('appointment-reminders');
    await t.app.get(Jobs).runNow('appointment-reminders');
    const count = async () =>
      (
        await t.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification WHERE kind = 'appointment_reminder' AND link LIKE $1`,
          [`%${id}`],
        )
      )[0].n;
    expect(await count()).toBe(1);
    await staff.gql(
      `mutation($c: ID!, $id: ID!) { sendAppointmentReminder(communityId: $c, id: $id) { id } }`,
      { c: community.id, id },
    );
    expect(await count()).toBe(2);
  });
});
