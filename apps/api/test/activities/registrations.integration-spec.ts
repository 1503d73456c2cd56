import { RegistrationsService } from '@palier/server-activities';
import { strFromU8, unzipSync } from 'fflate';
import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  CANCEL,
  CONFIRM,
  createActivity,
  householdWithChildren,
  MINE,
  REGISTER,
  ROSTER,
  type RegisterResult,
  type Registration,
} from './activity-fixtures';

describe('activities: registrations and the waiting list', () => {
  let t: TestApp;
  let community: TestCommunity;
  let staff: Client;
  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    staff = await logIn(t, await createMember(t, community, 'staff'));
  });
  afterAll(() => t.close());

  const resident = async (name?: string) => {
    const account = await createMember(t, community, 'resident', name);
    return { account, client: await logIn(t, account) };
  };
  const register = (client: Client, input: Record<string, unknown>) =>
    client.gql<RegisterResult>(REGISTER, { c: community.id, i: input });
  const statuses = (regs: Registration[]) => regs.map((r) => r.status);

  it('100 concurrent registrations for 10 places: exactly 10 confirmed, 90 waiting in order, no duplicates', async () => {
    const { activityId, sessionId } = await createActivity(staff, community, {}, { capacity: 10 });
    const people = await Promise.all(Array.from({ length: 100 }, () => resident()));
    const results = await Promise.all(
      people.map((p) => register(p.client, { activityId, sessionId, includeSelf: true })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const regs = results.map((r) => r.data!.registerForActivity.registrations[0]);
    expect(regs.filter((r) => r.status === 'confirmed')).toHaveLength(10);
    expect(regs.filter((r) => r.status === 'waiting')).toHaveLength(90);
    // Twice (again, concurrently) for the same session: refused, nothing added.
    const again = await Promise.all(
      people
        .slice(0, 5)
        .map((p) => register(p.client, { activityId, sessionId, includeSelf: true })),
    );
    expect(again.every((r) => r.errors?.[0]?.message.includes('Déjà inscrit à cette séance'))).toBe(
      true,
    );
    const rows = await t.query<{
      status: string;
      participant_key: string;
      queue_rank: number;
      requested_at: Date;
    }>(
      `SELECT status, participant_key, queue_rank, requested_at FROM activity_registration WHERE session_id = $1 ORDER BY queue_rank`,
      [sessionId],
    );
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.participant_key)).size).toBe(100);
    // Arrival order: the 10 confirmed were the first 10 to get in, the waiting list follows.
    expect(statuses(rows as never).slice(0, 10)).toEqual(Array(10).fill('confirmed'));
    const times = rows.map((r) => new Date(r.requested_at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const roster = await staff.gql<{
      activityRoster: { registration: Registration }[];
    }>(ROSTER, { c: community.id, a: activityId, s: sessionId, st: 'waiting' });
    expect(roster.data!.activityRoster.map((e) => e.registration.waitingPosition)).toEqual(
      Array.from({ length: 90 }, (_, i) => i + 1),
    );
  }, 120_000);

  it('a parent registers two children to a full activity, another family cancels, the place is offered and confirmed', async () => {
    const { activityId, sessionId } = await createActivity(
      staff,
      community,
      { title: 'Sortie à la mer', ageMin: 6, ageMax: 12 },
      { capacity: 3 },
    );
    const martin = await resident('Claire Martin');
    const martinKids = await householdWithChildren(martin.client, 'Foyer Martin', [
      { firstName: 'Léo', birthYear: new Date().getFullYear() - 8 },
      { firstName: 'Inès', birthYear: new Date().getFullYear() - 10 },
    ]);
    const first = await register(martin.client, {
      activityId,
      sessionId,
      memberIds: Object.values(martinKids),
    });
    expect(statuses(first.data!.registerForActivity.registrations)).toEqual([
      'confirmed',
      'confirmed',
    ]);
    expect(first.data!.registerForActivity.message).toMatch(/Inscription confirmée pour .* : le /);
    const single = await resident();
    const singleKid = await householdWithChildren(single.client, 'Foyer Diallo', [
      { firstName: 'Awa', birthYear: new Date().getFullYear() - 7 },
    ]);
    await register(single.client, { activityId, sessionId, memberIds: [singleKid['Awa']] });

    // Full: the Benali parent's two children wait, together.
    const benali = await resident('Samir Benali');
    const kids = await householdWithChildren(benali.client, 'Foyer Benali', [
      { firstName: 'Yanis', birthYear: new Date().getFullYear() - 9 },
      { firstName: 'Lina', birthYear: new Date().getFullYear() - 11 },
    ]);
    const waiting = await register(benali.client, {
      activityId,
      sessionId,
      memberIds: Object.values(kids),
    });
    expect(statuses(waiting.data!.registerForActivity.registrations)).toEqual([
      'waiting',
      'waiting',
    ]);
    expect(waiting.data!.registerForActivity.message).toContain('liste d’attente');

    // A single place freed does not split a household that did not accept it.
    const awa = (
      await single.client.gql<{ myRegistrations: Registration[] }>(MINE, { c: community.id })
    ).data!.myRegistrations[0];
    await single.client.gql(CANCEL, { c: community.id, id: awa.id });
    let mine = (
      await benali.client.gql<{ myRegistrations: Registration[] }>(MINE, { c: community.id })
    ).data!.myRegistrations;
    expect(statuses(mine)).toEqual(['waiting', 'waiting']);

    // The other family cancels one child: two places, the household gets both, and is told.
    const martinRegs = first.data!.registerForActivity.registrations;
    const cancelled = await martin.client.gql<{ cancelRegistration: Registration }>(CANCEL, {
      c: community.id,
      id: martinRegs[0].id,
    });
    expect(cancelled.data!.cancelRegistration.status).toBe('cancelled');
    mine = (await benali.client.gql<{ myRegistrations: Registration[] }>(MINE, { c: community.id }))
      .data!.myRegistrations;
    expect(statuses(mine)).toEqual(['offered', 'offered']);
    expect(mine[0].offerExpiresAt).not.toBeNull();
    const [note] = await t.query<{ data: Record<string, string> }>(
      `SELECT n.data FROM notification n WHERE n.account_id = $1 AND n.kind = 'activity_place_offered'`,
      [benali.account.id],
    );
    expect(note.data).toMatchObject({ activity: 'Sortie à la mer', names: 'Yanis, Lina' });

    // Confirming one confirms the household's offered places together.
    const confirmed = await benali.client.gql<{ confirmOfferedPlace: Registration[] }>(CONFIRM, {
      c: community.id,
      id: mine[0].id,
    });
    expect(statuses(confirmed.data!.confirmOfferedPlace)).toEqual(['confirmed', 'confirmed']);
    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM activity_registration WHERE session_id = $1 AND status IN ('confirmed', 'offered')`,
      [sessionId],
    );
    expect(n).toBe(3);
    // Calendar file of the confirmed registration.
    const ics = await benali.client.http.get(`/api/activities/registrations/${mine[0].id}.ics`);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).toContain('Sortie à la mer');
    const other = await resident();
    expect(
      (await other.client.http.get(`/api/activities/registrations/${mine[0].id}.ics`)).status,
    ).toBe(404);
  });

  it('a household that accepted a partial offer gets the one place free; offers expire and pass on', async () => {
    const { activityId, sessionId } = await createActivity(staff, community, {}, { capacity: 1 });
    const holder = await resident();
    const held = await register(holder.client, { activityId, sessionId, includeSelf: true });
    const family = await resident();
    const kids = await householdWithChildren(family.client, 'Foyer Petit', [
      { firstName: 'Tom', birthYear: 2015 },
      { firstName: 'Zoé', birthYear: 2016 },
    ]);
    await register(family.client, {
      activityId,
      sessionId,
      includeSelf: true,
      memberIds: Object.values(kids),
      acceptsPartial: true,
    });
    const next = await resident();
    await register(next.client, { activityId, sessionId, includeSelf: true });
    await holder.client.gql(CANCEL, {
      c: community.id,
      id: held.data!.registerForActivity.registrations[0].id,
    });
    const familyRegs = (
      await family.client.gql<{ myRegistrations: Registration[] }>(MINE, { c: community.id })
    ).data!.myRegistrations;
    expect(statuses(familyRegs).sort()).toEqual(['offered', 'waiting', 'waiting']);
    // The window passes: the offer expires, the place goes to the next person (not back to the
    // household that let it expire).
    await t.app.get(RegistrationsService).expireOffers(new Date(Date.now() + 25 * 3_600_000));
    const after = (
      await family.client.gql<{ myRegistrations: Registration[] }>(MINE, { c: community.id })
    ).data!.myRegistrations;
    expect(statuses(after)).toEqual(['waiting', 'waiting']);
    const nextRegs = (
      await next.client.gql<{ myRegistrations: Registration[] }>(MINE, { c: community.id })
    ).data!.myRegistrations;
    expect(statuses(nextRegs)).toEqual(['offered']);
    const late = await family.client.gql(CONFIRM, {
      c: community.id,
      id: familyRegs.find((r) => r.status === 'offered')!.id,
    });
    expect(late.errors?.[0]?.message).toContain('délai pour confirmer est passé');
  });

  it('refuses with clear messages: age range, cancelled session, someone else’s household, twice, another community', async () => {
    const { activityId, sessionId } = await createActivity(staff, community, {
      title: 'Gym douce seniors',
      ageMin: 60,
    });
    const parent = await resident();
    const kids = await householdWithChildren(parent.client, 'Foyer Roux', [
      { firstName: 'Noé', birthYear: 2018 },
    ]);
    const age = await register(parent.client, { activityId, sessionId, memberIds: [kids['Noé']] });
    expect(age.errors?.[0]?.message).toBe(
      'Noé n’a pas l’âge de cette activité (à partir de 60 ans).',
    );

    const other = await resident();
    const stranger = await register(other.client, {
      activityId,
      sessionId,
      memberIds: [kids['Noé']],
    });
    expect(stranger.errors?.[0]?.message).toContain('ne fait pas partie de votre foyer');

    const open = await createActivity(staff, community);
    const once = await register(parent.client, { ...open, includeSelf: true });
    expect(once.errors).toBeUndefined();
    const twice = await register(parent.client, { ...open, includeSelf: true });
    expect(twice.errors?.[0]?.message).toContain('Déjà inscrit à cette séance');

    const cancelled = await staff.gql(
      `mutation($c: ID!, $s: ID!) { cancelActivitySession(communityId: $c, sessionId: $s, reason: "Salle indisponible") }`,
      { c: community.id, s: open.sessionId },
    );
    expect(cancelled.errors).toBeUndefined();
    const late = await register(other.client, { ...open, includeSelf: true });
    expect(late.errors?.[0]?.message).toBe('Cette séance est annulée : choisissez-en une autre.');

    // Another community: its members cannot register here, nor see this community's activities.
    const elsewhere = await createCommunity(t);
    const outsider = await logIn(t, await createMember(t, elsewhere, 'admin'));
    const foreign = await outsider.gql<RegisterResult>(REGISTER, {
      c: community.id,
      i: { ...open, includeSelf: true },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const crossed = await outsider.gql<RegisterResult>(REGISTER, {
      c: elsewhere.id,
      i: { ...open, includeSelf: true },
    });
    expect(crossed.errors?.[0]?.message).toBe('Nous n’avons pas trouvé cette activité.');
  });

  it('cancelling closes at the cut-off for residents, not for staff', async () => {
    const { activityId, sessionId } = await createActivity(
      staff,
      community,
      { cancelCutoffHours: 72 },
      { days: 1 },
    );
    const person = await resident();
    const reg = (await register(person.client, { activityId, sessionId, includeSelf: true })).data!
      .registerForActivity.registrations[0];
    expect(reg.canCancel).toBe(false);
    const refused = await person.client.gql(CANCEL, { c: community.id, id: reg.id });
    expect(refused.errors?.[0]?.message).toContain('moins de 72 h avant');
    const byStaff = await staff.gql<{ cancelRegistration: Registration }>(CANCEL, {
      c: community.id,
      id: reg.id,
    });
    expect(byStaff.data!.cancelRegistration.status).toBe('cancelled');
  });

  it('staff move a waiting person with a required reason (logged); residents cannot', async () => {
    const { activityId, sessionId } = await createActivity(staff, community, {}, { capacity: 1 });
    const people = [];
    for (let i = 0; i < 4; i++) {
      const p = await resident();
      people.push(
        (await register(p.client, { activityId, sessionId, includeSelf: true })).data!
          .registerForActivity.registrations[0],
      );
    }
    const last = people[3];
    expect(last.waitingPosition).toBe(3);
    const MOVE = `mutation($c: ID!, $id: ID!, $p: Int!, $r: String!) { moveOnWaitingList(communityId: $c, id: $id, position: $p, reason: $r) { waitingPosition } }`;
    const noReason = await staff.gql(MOVE, { c: community.id, id: last.id, p: 1, r: ' ' });
    expect(noReason.errors?.[0]?.message).toBe(
      'Indiquez pourquoi vous changez l’ordre de la liste d’attente.',
    );
    const byResident = await (
      await resident()
    ).client.gql(MOVE, {
      c: community.id,
      id: last.id,
      p: 1,
      r: 'urgence',
    });
    expect(byResident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await staff.gql<{ moveOnWaitingList: { waitingPosition: number } }>(MOVE, {
      c: community.id,
      id: last.id,
      p: 1,
      r: 'Situation familiale urgente',
    });
    expect(moved.data!.moveOnWaitingList.waitingPosition).toBe(1);
    const [event] = await t.query<{ details: { reason: string; to: number } }>(
      `SELECT details FROM activity_registration_event WHERE registration_id = $1 AND action = 'moved'`,
      [last.id],
    );
    expect(event.details).toMatchObject({ reason: 'Situation familiale urgente', to: 1 });
  });

  it('staff register a resident at the desk with consent recorded', async () => {
    const open = await createActivity(staff, community);
    const person = await resident();
    const DESK = `mutation($c: ID!, $r: ID!, $i: RegistrationInput!, $k: DeskConsentInput!) {
      registerForActivityAtDesk(communityId: $c, residentAccountId: $r, input: $i, consent: $k) { registrations { status atDesk } } }`;
    const noConsent = await staff.gql(DESK, {
      c: community.id,
      r: person.account.id,
      i: { ...open, includeSelf: true },
      k: { residentPresent: true, residentAgrees: false },
    });
    expect(noConsent.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await staff.gql<{
      registerForActivityAtDesk: { registrations: { status: string; atDesk: boolean }[] };
    }>(DESK, {
      c: community.id,
      r: person.account.id,
      i: { ...open, includeSelf: true },
      k: { residentPresent: true, residentAgrees: true },
    });
    expect(ok.data!.registerForActivityAtDesk.registrations).toEqual([
      { status: 'confirmed', atDesk: true },
    ]);
    const actions = await t.query(
      `SELECT 1 FROM desk_action WHERE resident_account_id = $1 AND action = 'activity_registered'`,
      [person.account.id],
    );
    expect(actions).toHaveLength(1);
    const byResident = await person.client.gql(DESK, {
      c: community.id,
      r: person.account.id,
      i: { ...open, includeSelf: true },
      k: { residentPresent: true, residentAgrees: true },
    });
    expect(byResident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('guards every role: visitors see public activities only; residents cannot manage', async () => {
    const pub = await createActivity(staff, community, {
      title: 'Repas partagé',
      visibility: 'public',
    });
    await createActivity(staff, community, { title: 'Réservé aux membres' });
    const sas = await t.gql<{ sasActivities: { id: string; title: string }[] }>(
      `query($c: ID!) { sasActivities(communityId: $c) { id title } }`,
      { c: community.id },
    );
    expect(sas.data!.sasActivities.map((a) => a.title)).toContain('Repas partagé');
    expect(sas.data!.sasActivities.map((a) => a.title)).not.toContain('Réservé aux membres');
    const visitor = await t.gql(`query($c: ID!) { activities(communityId: $c) { id } }`, {
      c: community.id,
    });
    expect(visitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const person = await resident();
    const save = await person.client.gql(
      `mutation($c: ID!, $i: ActivityInput!) { saveActivity(communityId: $c, input: $i) }`,
      {
        c: community.id,
        i: {
          title: 'x',
          categoryId: pub.activityId,
          visibility: 'members',
          capacityMode: 'session',
        },
      },
    );
    expect(save.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const roster = await person.client.gql(ROSTER, { c: community.id, a: pub.activityId });
    expect(roster.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const role of ['builder', 'admin'] as const) {
      const manager = await logIn(t, await createMember(t, community, role));
      const ok = await manager.gql(ROSTER, { c: community.id, a: pub.activityId });
      expect(ok.errors).toBeUndefined();
    }
  });

  it('staff export the roster as CSV and ODS and message everyone registered for a session', async () => {
    const { activityId, sessionId } = await createActivity(
      staff,
      community,
      { title: 'Repas partagé du jeudi' },
      { capacity: 1 },
    );
    const first = await resident('Fatou Export');
    await register(first.client, { activityId, sessionId, includeSelf: true });
    const second = await resident('=Formule Dangereuse');
    await register(second.client, { activityId, sessionId, includeSelf: true });
    const url = `/api/activities/communities/${community.id}/activities/${activityId}/roster`;
    const csv = await staff.http.get(`${url}.csv?sessionId=${sessionId}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('inscriptions-repas-partage-du-jeudi.csv');
    expect(csv.text).toContain('Fatou Export;non;;;');
    expect(csv.text).toContain(`'=Formule Dangereuse`);
    expect(csv.text).toContain('liste d’attente;1;');
    const waitingOnly = await staff.http.get(`${url}.csv?status=waiting`);
    expect(waitingOnly.text).not.toContain('Fatou Export');
    const ods = await staff.http
      .get(`${url}.ods`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(ods.status).toBe(200);
    expect(ods.headers['content-type']).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const files = unzipSync(new Uint8Array(ods.body as Buffer));
    expect(strFromU8(files['content.xml'])).toContain('Fatou Export');
    const person = await resident();
    expect((await person.client.http.get(`${url}.csv`)).status).toBe(403);
    const elsewhere = await createCommunity(t);
    const outsider = await logIn(t, await createMember(t, elsewhere, 'staff'));
    expect((await outsider.http.get(`${url}.csv`)).status).toBe(403);
    expect(
      (
        await outsider.http.get(
          `/api/activities/communities/${elsewhere.id}/activities/${activityId}/roster.csv`,
        )
      ).status,
    ).toBe(404);

    const MESSAGE = `mutation($c: ID!, $s: ID!, $m: String!) { messageSessionParticipants(communityId: $c, sessionId: $s, message: $m) }`;
    const sent = await staff.gql<{ messageSessionParticipants: number }>(MESSAGE, {
      c: community.id,
      s: sessionId,
      m: 'Pensez à apporter un dessert !',
    });
    expect(sent.data!.messageSessionParticipants).toBe(1);
    const notes = await t.query<{ account_id: string }>(
      `SELECT account_id FROM notification WHERE kind = 'activity_message' AND data->>'activity' = 'Repas partagé du jeudi'`,
    );
    expect(notes.map((n) => n.account_id)).toEqual([first.account.id]);
    const byResident = await person.client.gql(MESSAGE, { c: community.id, s: sessionId, m: 'x' });
    expect(byResident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
