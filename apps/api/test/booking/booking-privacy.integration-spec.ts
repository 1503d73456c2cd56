import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import { createCommunity, createMember, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { BOOK, createResource, createService, parisDate, parisTime } from './booking-fixtures';

describe('appointments and privacy: export, erasure, retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('exports the person’s appointments; erasure cancels future ones and anonymises past ones; retention anonymises old ones', async () => {
    const community = await createCommunity(t);
    const admin = await logIn(t, await createMember(t, community, 'admin'));
    const service = await createService(admin, community, [await createResource(admin, community)]);
    const person = await createMember(t, community, 'resident');
    const client = await logIn(t, person);
    const ids: string[] = [];
    for (const [day, note] of [
      [3, 'note du passé'],
      [4, 'note du futur'],
    ] as const) {
      const res = await client.gql<{ bookAppointment: { appointment: { id: string } } }>(BOOK, {
        c: community.id,
        i: { serviceId: service.id, startsAt: parisTime(parisDate(day), '09:00'), note },
      });
      ids.push(res.data!.bookAppointment.appointment.id);
    }
    const [past, future] = ids;
    // The first one took place last month.
    await t.query(
      `UPDATE appointment SET starts_at = now() - interval '40 days', ends_at = now() - interval '40 days' + interval '30 minutes',
         blocked = tstzrange(now() - interval '40 days', now() - interval '40 days' + interval '30 minutes') WHERE id = $1`,
      [past],
    );
    const hooks = t.app
      .get(PrivacyRegistry)
      .all()
      .find((h) => h.module === 'booking')!;
    const db = t.app.get<DataSource>(getDataSourceToken());

    const exported = await db.transaction((m) =>
      hooks.exportPerson(person.id, m, { add: () => '' }),
    );
    expect(JSON.stringify(exported)).toContain('note du futur');
    expect(JSON.stringify(exported)).toContain(service.name);

    await db.transaction((m) => hooks.erasePerson(person.id, m));
    await db.transaction((m) => hooks.erasePerson(person.id, m)); // idempotent
    const rows = await t.query<{
      id: string;
      status: string;
      resident_account_id: string | null;
      note: string;
    }>(`SELECT id, status, resident_account_id, note FROM appointment WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[past]).toMatchObject({ status: 'confirmed', resident_account_id: null, note: '' });
    expect(byId[future]).toMatchObject({
      status: 'cancelled',
      resident_account_id: null,
      note: '',
    });
    const events = await t.query(`SELECT 1 FROM appointment_event WHERE by_account_id = $1`, [
      person.id,
    ]);
    expect(events).toHaveLength(0);
    // The future slot is free again.
    const other = await logIn(t, await createMember(t, community, 'resident'));
    const again = await other.gql<{ bookAppointment: { appointment: { id: string } | null } }>(
      BOOK,
      {
        c: community.id,
        i: { serviceId: service.id, startsAt: parisTime(parisDate(4), '09:00') },
      },
    );
    expect(again.data!.bookAppointment.appointment).not.toBeNull();

    // Retention: another past appointment, older than the period, loses its person and note.
    const old = again.data!.bookAppointment.appointment!.id;
    await t.query(
      `UPDATE appointment SET starts_at = now() - interval '400 days', ends_at = now() - interval '400 days' + interval '30 minutes',
         blocked = tstzrange(now() - interval '400 days', now() - interval '400 days' + interval '30 minutes') WHERE id = $1`,
      [old],
    );
    const rule = t.app.get(PrivacyRegistry).retentionRule('appointments')!;
    const changed = await db.transaction((m) =>
      rule.purge(m, { communityId: community.id, cutoff: new Date(Date.now() - 365 * 86_400_000) }),
    );
    expect(changed).toBe(1);
    const [kept] = await t.query(
      `SELECT resident_account_id, note, status FROM appointment WHERE id = $1`,
      [old],
    );
    expect(kept).toMatchObject({ resident_account_id: null, note: '', status: 'confirmed' });
  });
});
