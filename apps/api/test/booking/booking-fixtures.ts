import { DateTime } from 'luxon';
import type { TestCommunity } from '../factories';
import type { Client } from '../test-app';

/** Helpers of the booking tests: a resource open every day, a service, the slot of a local time. */

export const SERVICE_FIELDS = 'id name durationMinutes resourceIds';
export const APPOINTMENT_FIELDS = `id serviceName startsAt endsAt status attendance note code atDesk residentName residentHasEmail
  history { action atDesk otherStartsAt }`;
export const BOOK = `mutation($c: ID!, $i: BookAppointmentInput!) {
  bookAppointment(communityId: $c, input: $i) {
    appointment { ${APPOINTMENT_FIELDS} }
    slotTaken { message nextSlots { startsAt } }
  }
}`;
export const SLOTS = `query($c: ID!, $s: ID!, $from: String!, $to: String!) {
  bookingSlots(communityId: $c, serviceId: $s, from: $from, to: $to) { from to capped message timeZone slots { startsAt endsAt } }
}`;

export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  starts: '09:00',
  ends: '12:00',
}));

export async function createResource(
  admin: Client,
  community: TestCommunity,
  name = 'Nadia Benali',
  rules = EVERY_DAY,
): Promise<string> {
  const res = await admin.gql<{ saveBookingResource: string }>(
    `mutation($c: ID!, $i: BookingResourceInput!) { saveBookingResource(communityId: $c, input: $i) }`,
    { c: community.id, i: { name, kind: 'staff', rules } },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.saveBookingResource;
}

export async function createService(
  admin: Client,
  community: TestCommunity,
  resourceIds: string[],
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; name: string }> {
  const res = await admin.gql<{ saveBookingService: { id: string; name: string } }>(
    `mutation($c: ID!, $i: BookingServiceInput!) { saveBookingService(communityId: $c, input: $i) { ${SERVICE_FIELDS} } }`,
    {
      c: community.id,
      i: {
        name: 'Aide aux démarches en ligne',
        description: 'Un accompagnement pour vos démarches.',
        whatToBring: 'votre numéro d’allocataire',
        durationMinutes: 30,
        resourceIds,
        ...overrides,
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.saveBookingService;
}

/** A local date `days` from today in Paris, "YYYY-MM-DD". */
export const parisDate = (days: number) =>
  DateTime.now().setZone('Europe/Paris').plus({ days }).toISODate()!;

/** The instant of a local time on a date in Paris, as an ISO string (UTC). */
export const parisTime = (date: string, time: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone: 'Europe/Paris' }).toUTC().toISO()!;
