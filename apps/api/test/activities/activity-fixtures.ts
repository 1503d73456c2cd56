import { DateTime } from 'luxon';
import type { TestCommunity } from '../factories';
import type { Client } from '../test-app';

/** Helpers of the activities tests: an activity with one session, households with children. */

export const REGISTRATION_FIELDS = `id activityId sessionId participantName status waitingPosition offerExpiresAt requestedAt atDesk canCancel startsAt`;
export const REGISTER = `mutation($c: ID!, $i: RegistrationInput!) {
  registerForActivity(communityId: $c, input: $i) { message registrations { ${REGISTRATION_FIELDS} } }
}`;
export const CANCEL = `mutation($c: ID!, $id: ID!) { cancelRegistration(communityId: $c, id: $id) { ${REGISTRATION_FIELDS} } }`;
export const CONFIRM = `mutation($c: ID!, $id: ID!) { confirmOfferedPlace(communityId: $c, id: $id) { ${REGISTRATION_FIELDS} } }`;
export const MINE = `query($c: ID!) { myRegistrations(communityId: $c) { ${REGISTRATION_FIELDS} } }`;
export const ROSTER = `query($c: ID!, $a: ID!, $s: ID, $st: RegistrationStatus) {
  activityRoster(communityId: $c, activityId: $a, sessionId: $s, status: $st) {
    email householdName birthYear child registration { ${REGISTRATION_FIELDS} }
  }
}`;

export type Registration = {
  id: string;
  status: string;
  participantName: string;
  waitingPosition: number | null;
  requestedAt: string;
  offerExpiresAt: string | null;
  canCancel: boolean;
  startsAt: string | null;
};
export type RegisterResult = {
  registerForActivity: { message: string; registrations: Registration[] };
};

/** A local date N days from today in Paris, 'YYYY-MM-DD'. */
export const parisDate = (days: number) =>
  DateTime.now().setZone('Europe/Paris').plus({ days }).toISODate()!;

export async function categoryId(staff: Client, community: TestCommunity): Promise<string> {
  const res = await staff.gql<{ activityCategories: { id: string; name: string }[] }>(
    `query($c: ID!) { activityCategories(communityId: $c) { id name } }`,
    { c: community.id },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.activityCategories[0].id;
}

/** An activity counted per session, with one session in `days` days at 14:00–16:00. */
export async function createActivity(
  staff: Client,
  community: TestCommunity,
  overrides: Record<string, unknown> = {},
  session: { days?: number; capacity?: number | null } = {},
): Promise<{ activityId: string; sessionId: string }> {
  const res = await staff.gql<{ saveActivity: string }>(
    `mutation($c: ID!, $i: ActivityInput!) { saveActivity(communityId: $c, input: $i) }`,
    {
      c: community.id,
      i: {
        title: 'Atelier numérique',
        description: 'Apprendre à utiliser sa boîte mail.',
        categoryId: await categoryId(staff, community),
        place: 'Salle 2',
        priceNote: 'Gratuit',
        visibility: 'members',
        capacityMode: 'session',
        seriesCapacity: null,
        ageMin: null,
        ageMax: null,
        ...overrides,
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const activityId = res.data!.saveActivity;
  const added = await staff.gql<{ addActivitySession: string }>(
    `mutation($c: ID!, $a: ID!, $i: SessionInput!) { addActivitySession(communityId: $c, activityId: $a, input: $i) }`,
    {
      c: community.id,
      a: activityId,
      i: {
        date: parisDate(session.days ?? 7),
        starts: '14:00',
        ends: '16:00',
        capacity: session.capacity === undefined ? 10 : session.capacity,
      },
    },
  );
  if (added.errors) throw new Error(JSON.stringify(added.errors));
  return { activityId, sessionId: added.data!.addActivitySession };
}

/** A household for the client's account, with children; gives their member ids by first name. */
export async function householdWithChildren(
  client: Client,
  name: string,
  children: { firstName: string; birthYear: number }[],
): Promise<Record<string, string>> {
  const created = await client.gql(
    `mutation($n: String!) { createHousehold(input: { name: $n }) { id } }`,
    { n: name },
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const ids: Record<string, string> = {};
  for (const child of children) {
    const res = await client.gql<{
      addChild: { household: { members: { id: string; name: string }[] } };
    }>(
      `mutation($f: String!, $y: Int!) { addChild(input: { firstName: $f, birthYear: $y }) { household { members { id name } } } }`,
      { f: child.firstName, y: child.birthYear },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    ids[child.firstName] = res.data!.addChild.household.members.find(
      (m) => m.name === child.firstName,
    )!.id;
  }
  return ids;
}
