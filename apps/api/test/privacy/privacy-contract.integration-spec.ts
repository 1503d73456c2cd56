import { randomBytes } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Jobs, PrivacyRegistry } from '@palier/server-core';
import { ErasureService, PRIVACY_REQUESTS_JOB } from '@palier/server-privacy';
import { strFromU8, unzipSync } from 'fflate';
import type { DataSource } from 'typeorm';
import { createCommunity, PASSWORD } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { download } from './download';
import { AGGREGATES, member, PERSON_DATA, type Scene } from './person-data';
import { scanForPerson, tablesReferencingAccounts } from './personal-data-scan';

async function aggregates(scene: Scene) {
  const out: Record<string, number> = {};
  for (const [name, aggregate] of Object.entries(AGGREGATES)) {
    const [{ n }] = await scene.t.query<{ n: number }>(...aggregate(scene));
    out[name] = n;
  }
  return out;
}

/**
 * The privacy contract every module with personal data passes, by registering its hooks: a
 * person with data in every module gets all of it in their export, and after their erasure
 * nothing in any column of any table names or points to them, while counts stay exact.
 */
describe('the privacy contract of every module', () => {
  let t: TestApp;
  let scene: Scene;
  let needles: string[];
  beforeAll(async () => {
    t = await startTestApp();
    const community = await createCommunity(t);
    const tag = randomBytes(3).toString('hex');
    scene = {
      t,
      community,
      person: await member(t, community, 'staff', `Zéphyrine Contrat ${tag}`),
      witness: await member(t, community, 'staff', `Témoin Contrat ${tag}`),
    };
    needles = [scene.person.id, scene.person.email, scene.person.displayName];
  });
  afterAll(() => t.close());

  it('every module with personal data has its hooks, its tables and a fixture here', async () => {
    const registry = t.app.get(PrivacyRegistry);
    const modules = registry.all().map((h) => h.module);
    expect(modules.sort()).toEqual(Object.keys(PERSON_DATA).sort());
    const declared = registry.all().flatMap((h) => h.tables);
    for (const table of await tablesReferencingAccounts(t)) {
      expect({ table, declaredBy: declared.includes(table) ? 'a module' : 'nobody' }).toEqual({
        table,
        declaredBy: 'a module',
      });
    }
    for (const hooks of registry.all()) {
      expect(hooks.declaration.name.length).toBeGreaterThan(3);
      expect(hooks.declaration.purpose.length).toBeGreaterThan(10);
      expect(hooks.declaration.legalBasis.length).toBeGreaterThan(5);
      expect(hooks.declaration.retention.length).toBeGreaterThan(5);
    }
  });

  it('exports everything, erases everything, and keeps the counts', async () => {
    const expected: string[] = [];
    for (const fixture of Object.values(PERSON_DATA)) expected.push(...(await fixture(scene)));
    const before = await aggregates(scene);

    // Export: asked, prepared in the background, downloaded by the person only.
    const asked = await scene.person.client.gql<{
      requestDataExport: { id: string; status: string };
    }>(`mutation { requestDataExport { id status } }`);
    expect(asked.data?.requestDataExport.status).toBe('pending');
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    const mine = await scene.person.client.gql<{
      myPrivacyRequests: { id: string; status: string; downloadUrl: string }[];
    }>(`{ myPrivacyRequests { id status downloadUrl } }`);
    const ready = mine.data!.myPrivacyRequests[0];
    expect(ready.status).toBe('ready');
    const res = await download(scene.person.client, ready.downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(res.body as Buffer));
    const json = strFromU8(zip['mes-donnees.json']);
    const html = strFromU8(zip['mes-donnees.html']);
    for (const text of expected) {
      expect({ text, inJson: json.includes(text) }).toEqual({ text, inJson: true });
      expect({ text, inHtml: html.includes(text.replace(/'/g, '&#39;')) }).toEqual({
        text,
        inHtml: true,
      });
    }
    expect(Object.keys(JSON.parse(json).people[0].modules).sort()).toEqual(
      Object.keys(PERSON_DATA).sort(),
    );

    // Erasure: asked with the password, nothing happens during the grace period.
    const erasure = await scene.person.client.gql<{ requestAccountDeletion: { id: string } }>(
      `mutation($p: String!) { requestAccountDeletion(password: $p) { id } }`,
      { p: PASSWORD },
    );
    const requestId = erasure.data!.requestAccountDeletion.id;
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    expect(await t.query(`SELECT id FROM account WHERE id = $1`, [scene.person.id])).toHaveLength(
      1,
    );

    // Grace period over; the process is "killed" before the identity module (the last one).
    await t.query(
      `UPDATE privacy_request SET execute_after = now() - interval '1 minute' WHERE id = $1`,
      [requestId],
    );
    await t.app.get(ErasureService).run(requestId, 'identity');
    const identityTables = t.app
      .get(PrivacyRegistry)
      .all()
      .find((h) => h.runsLast)!.tables;
    expect(
      await scanForPerson(t, needles, {
        tables: identityTables,
        rows: [{ table: 'privacy_request', id: requestId }],
      }),
    ).toEqual([]);

    // The next run finishes the work: nothing is left anywhere, the counts are the same.
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    expect(await scanForPerson(t, needles)).toEqual([]);
    expect(await aggregates(scene)).toEqual(before);
    const [record] = await t.query(
      `SELECT status, account_id, requested_via, completed_modules FROM privacy_request WHERE id = $1`,
      [requestId],
    );
    expect(record).toMatchObject({ status: 'done', account_id: null, requested_via: 'self' });

    // Their session is gone and logging in no longer works.
    expect((await scene.person.client.gql(`{ me { id } }`)).data).toEqual({ me: null });
    const login = await t.agent().gql(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
      i: { identifier: scene.person.email, password: PASSWORD },
    });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The witness still works and keeps their own data.
    expect((await scene.witness.client.gql(`{ me { displayName } }`)).data).toEqual({
      me: { displayName: scene.witness.displayName },
    });
  });

  it('fails when a module does not erase its part (proved here with the notifications hooks left out)', async () => {
    const tag = randomBytes(3).toString('hex');
    const person = await member(t, scene.community, 'resident', `Oubliée Contrat ${tag}`);
    await PERSON_DATA['notifications']({ ...scene, person });
    const registry = t.app.get(PrivacyRegistry);
    const db = t.app.get<DataSource>(getDataSourceToken());
    for (const hooks of registry.all().filter((h) => h.module !== 'notifications' && !h.runsLast))
      await db.transaction((manager) => hooks.erasePerson(person.id, manager));
    const identityTables = registry.all().find((h) => h.runsLast)!.tables;
    const leftovers = await scanForPerson(t, [person.id, person.displayName], {
      tables: identityTables,
    });
    expect(leftovers.map((l) => l.table)).toContain('notification');
  });
});
