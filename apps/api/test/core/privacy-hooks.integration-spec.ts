import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import { createCommunity, createMember, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('privacy hooks registered by the modules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('identity and community declare their data and can export and erase a person, twice safely', async () => {
    const registry = t.app.get(PrivacyRegistry);
    expect(
      registry
        .all()
        .map((h) => h.module)
        .sort(),
    ).toEqual(['community', 'feed', 'identity', 'moderation', 'notifications']);
    for (const hooks of registry.all()) {
      expect(hooks.declaration.purpose.length).toBeGreaterThan(10);
      expect(hooks.declaration.retention.length).toBeGreaterThan(5);
    }

    const community = await createCommunity(t);
    const member = await createMember(t, community, 'staff', 'Personne À Effacer');
    const client = await logIn(t, member);
    await client.gql(`mutation { createHousehold(input: { name: "Foyer À Effacer" }) { id } }`);
    await client.gql(
      `mutation { addChild(input: { firstName: "Enfant", birthYear: 2018 }) { id } }`,
    );
    await client.gql(
      `mutation($c: ID!) { publishNews(communityId: $c, input: { title: "Annonce gardée", body: "Texte" }) { id } }`,
      { c: community.id },
    );

    const db = t.app.get<DataSource>(getDataSourceToken());
    const exported = await db.transaction(async (manager) =>
      Object.fromEntries(
        await Promise.all(
          registry
            .all()
            .map(async (h) => [
              h.module,
              await h.exportPerson(member.id, manager, { add: (n) => n }),
            ]),
        ),
      ),
    );
    const text = JSON.stringify(exported);
    for (const expected of [
      'Personne À Effacer',
      member.email!,
      'Foyer À Effacer',
      'Enfant',
      'Annonce gardée',
      'charter',
    ]) {
      expect(text).toContain(expected);
    }

    for (let run = 0; run < 2; run++) {
      for (const hooks of registry.all())
        await db.transaction((manager) => hooks.erasePerson(member.id, manager));
    }
    expect(await t.query(`SELECT id FROM account WHERE id = $1`, [member.id])).toEqual([]);
    const leftovers = await t.query(
      `SELECT 'household' AS t FROM household WHERE name = 'Foyer À Effacer'
       UNION ALL SELECT 'child' FROM household_member WHERE first_name = 'Enfant'
       UNION ALL SELECT 'membership' FROM membership WHERE account_id = $1
       UNION ALL SELECT 'session' FROM session WHERE account_id = $1
       UNION ALL SELECT 'consent' FROM consent WHERE account_id = $1
       UNION ALL SELECT 'news author' FROM community_news WHERE author_account_id = $1`,
      [member.id],
    );
    expect(leftovers).toEqual([]);
    const [news] = await t.query(`SELECT title FROM community_news WHERE community_id = $1`, [
      community.id,
    ]);
    expect(news).toEqual({ title: 'Annonce gardée' });
    expect((await client.gql(`{ me { id } }`)).data).toEqual({ me: null });
  });
});
