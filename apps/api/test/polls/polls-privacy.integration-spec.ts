import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import { createCommunity, createMember, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { createPoll, getPoll, vote } from './poll-helpers';

describe('polls and privacy: export, erasure, retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('exports named ballots only; erasure and retention detach voters and keep the results exact', async () => {
    const community = await createCommunity(t);
    const staff = await logIn(t, await createMember(t, community, 'staff'));
    const person = await createMember(t, community, 'resident', 'Personne Sondée');
    const client = await logIn(t, person);
    const other = await logIn(t, await createMember(t, community, 'resident'));
    const named = await createPoll(staff, community.id, {
      kind: 'single',
      title: 'Nominatif',
      options: [{ label: 'Choix nominatif' }, { label: 'Autre' }],
    });
    const secret = await createPoll(staff, community.id, {
      kind: 'single',
      title: 'Secret',
      anonymous: true,
      options: [{ label: 'Choix secret' }, { label: 'Autre secret' }],
    });
    for (const c of [client, other]) {
      await vote(c, community.id, named.id, { optionIds: [named.options[0].id] });
      await vote(c, community.id, secret.id, { optionIds: [secret.options[0].id] });
    }
    const hooks = t.app
      .get(PrivacyRegistry)
      .all()
      .find((h) => h.module === 'polls')!;
    const db = t.app.get<DataSource>(getDataSourceToken());
    const exported = JSON.stringify(
      await db.transaction((m) => hooks.exportPerson(person.id, m, { add: () => '' })),
    );
    expect(exported).toContain('Choix nominatif');
    expect(exported).toContain('Secret');
    expect(exported).not.toContain('Choix secret');

    const counts = async () =>
      [named, secret].map(async (p) => (await getPoll(staff, community.id, p.id)).results);
    const before = await Promise.all(await counts());
    await db.transaction((m) => hooks.erasePerson(person.id, m));
    expect(
      await t.query(`SELECT 1 FROM poll_participation WHERE account_id = $1 OR voter_key = $1`, [
        person.id,
      ]),
    ).toEqual([]);
    expect(await Promise.all(await counts())).toEqual(before);

    // Retention: a year after a poll closed, its participations name nobody any more.
    await t.query(
      `UPDATE poll SET opens_at = now() - interval '500 days', closes_at = now() - interval '400 days' WHERE id = $1`,
      [named.id],
    );
    const rule = t.app.get(PrivacyRegistry).retentionRule('poll_participations')!;
    const changed = await db.transaction((m) =>
      rule.purge(m, { communityId: community.id, cutoff: new Date(Date.now() - 365 * 86_400_000) }),
    );
    expect(changed).toBe(1);
    expect(
      await t.query(`SELECT account_id FROM poll_participation WHERE poll_id = $1`, [named.id]),
    ).toEqual([{ account_id: null }, { account_id: null }]);
    expect((await getPoll(staff, community.id, named.id)).results!.ballots).toBe(2);
  });
});
