import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  createActivity,
  householdWithChildren,
  REGISTER,
  type RegisterResult,
} from './activity-fixtures';

const SHEET = `query($c: ID!, $s: ID!) { attendanceSheet(communityId: $c, sessionId: $s) {
  activityTitle lines { key registrationId name walkIn status } } }`;
const MARK = `mutation($c: ID!, $m: [AttendanceMarkInput!]!) { markAttendance(communityId: $c, marks: $m) }`;

type Sheet = {
  attendanceSheet: {
    lines: {
      key: string;
      registrationId: string | null;
      name: string;
      walkIn: boolean;
      status: string | null;
    }[];
  };
};

describe('activities: attendance, privacy', () => {
  let t: TestApp;
  let community: TestCommunity;
  let staff: Client;
  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    staff = await logIn(t, await createMember(t, community, 'staff'));
  });
  afterAll(() => t.close());

  it('marks are idempotent, the latest mark wins, walk-ins are added; only staff take attendance', async () => {
    const { activityId, sessionId } = await createActivity(staff, community);
    const parentAccount = await createMember(t, community, 'resident', 'Nadia Haddad');
    const parent = await logIn(t, parentAccount);
    const kids = await householdWithChildren(parent, 'Foyer Haddad', [
      { firstName: 'Sami', birthYear: 2014 },
    ]);
    const regs = (
      await parent.gql<RegisterResult>(REGISTER, {
        c: community.id,
        i: { activityId, sessionId, includeSelf: true, memberIds: [kids['Sami']] },
      })
    ).data!.registerForActivity.registrations;
    let sheet = (await staff.gql<Sheet>(SHEET, { c: community.id, s: sessionId })).data!
      .attendanceSheet.lines;
    expect(sheet.map((l) => [l.name, l.status])).toEqual([
      ['Nadia Haddad', null],
      ['Sami', null],
    ]);
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const late = {
      clientMarkId: randomUUID(),
      sessionId,
      registrationId: regs[0].id,
      status: 'present',
      markedAt: at(1),
    };
    const early = { ...late, clientMarkId: randomUUID(), status: 'absent', markedAt: at(30) };
    const walkIn = {
      clientMarkId: randomUUID(),
      sessionId,
      walkInKey: randomUUID(),
      walkInName: 'Voisine venue sans inscription',
      status: 'present',
      markedAt: at(5),
    };
    // Sent twice (a tablet back online retries), and an older mark arriving after a newer one.
    for (const marks of [[late, walkIn], [late, walkIn], [early]]) {
      const res = await staff.gql<{ markAttendance: string[] }>(MARK, {
        c: community.id,
        m: marks,
      });
      expect(res.errors).toBeUndefined();
    }
    sheet = (await staff.gql<Sheet>(SHEET, { c: community.id, s: sessionId })).data!.attendanceSheet
      .lines;
    expect(sheet.map((l) => [l.name, l.walkIn, l.status])).toEqual([
      ['Nadia Haddad', false, 'present'],
      ['Sami', false, null],
      ['Voisine venue sans inscription', true, 'present'],
    ]);
    const rows = await t.query(`SELECT 1 FROM activity_attendance WHERE session_id = $1`, [
      sessionId,
    ]);
    expect(rows).toHaveLength(2);

    const byResident = await parent.gql(MARK, { c: community.id, m: [late] });
    expect(byResident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await createCommunity(t);
    const outsider = await logIn(t, await createMember(t, elsewhere, 'staff'));
    const crossed = await outsider.gql(MARK, { c: elsewhere.id, m: [late] });
    expect(crossed.errors?.[0]?.message).toBe('Nous n’avons pas trouvé cette séance.');
    const future = await staff.gql(MARK, {
      c: community.id,
      m: [
        {
          ...late,
          clientMarkId: randomUUID(),
          markedAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      ],
    });
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports a parent’s and their children’s registrations and attendance; erasure keeps anonymous counts', async () => {
    const { activityId, sessionId } = await createActivity(staff, community, {
      title: 'Aide aux devoirs',
    });
    const account = await createMember(t, community, 'resident', 'Karim Export');
    const parent = await logIn(t, account);
    const kids = await householdWithChildren(parent, 'Foyer Export', [
      { firstName: 'Maël', birthYear: 2015 },
    ]);
    const regs = (
      await parent.gql<RegisterResult>(REGISTER, {
        c: community.id,
        i: { activityId, sessionId, includeSelf: true, memberIds: [kids['Maël']] },
      })
    ).data!.registerForActivity.registrations;
    await staff.gql(MARK, {
      c: community.id,
      m: regs.map((r) => ({
        clientMarkId: randomUUID(),
        sessionId,
        registrationId: r.id,
        status: 'present',
        markedAt: new Date().toISOString(),
      })),
    });
    const hooks = t.app
      .get(PrivacyRegistry)
      .all()
      .find((h) => h.module === 'activities')!;
    const db = t.app.get<DataSource>(getDataSourceToken());
    const exported = JSON.stringify(
      await db.transaction((m) => hooks.exportPerson(account.id, m, { add: () => '' })),
    );
    expect(exported).toContain('Aide aux devoirs');
    expect(exported).toContain('Maël');
    expect(exported).toContain('Karim Export');

    const counts = () =>
      t.query<{ n: number; people: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT participant_key)::int AS people FROM activity_attendance WHERE session_id = $1`,
        [sessionId],
      );
    const before = await counts();
    await db.transaction((m) => hooks.erasePerson(account.id, m));
    await db.transaction((m) => hooks.erasePerson(account.id, m)); // idempotent
    expect(await counts()).toEqual(before);
    const left = await t.query(
      `SELECT 1 FROM activity_attendance WHERE session_id = $1
          AND (participant_account_id IS NOT NULL OR participant_member_id IS NOT NULL OR registration_id IS NOT NULL
               OR participant_key = ANY($2::uuid[]))`,
      [sessionId, [account.id, kids['Maël']]],
    );
    expect(left).toHaveLength(0);
    expect(
      await t.query(`SELECT 1 FROM activity_registration WHERE session_id = $1`, [sessionId]),
    ).toHaveLength(0);
  });
});
