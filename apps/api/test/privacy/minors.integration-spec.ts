import { Jobs } from '@palier/server-core';
import { PRIVACY_REQUESTS_JOB } from '@palier/server-privacy';
import { strFromU8, unzipSync } from 'fflate';
import { createCommunity, PASSWORD, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { download } from './download';
import { member, type Person } from './person-data';

const CHILD_PASSWORD = 'le dragon vert dort';

/** Children under 15 (French digital majority): an account only through a parent. */
describe('accounts of children under 15', () => {
  let t: TestApp;
  let a: TestCommunity;
  let b: TestCommunity;
  let parent: Person;
  let neighbour: Person;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createCommunity(t);
    b = await createCommunity(t);
    parent = await member(t, a, 'resident', 'Mariam Parent');
    neighbour = await member(t, a, 'resident', 'Voisin Curieux');
  });
  afterAll(() => t.close());

  const errorOf = (res: {
    errors?: { extensions?: { code?: string; fields?: { field: string; code: string }[] } }[];
  }) => [
    res.errors?.[0]?.extensions?.code,
    res.errors?.[0]?.extensions?.fields?.map((f) => f.code),
  ];

  async function householdWithChild(person: Person, firstName: string) {
    await person.client.gql(
      `mutation { createHousehold(input: { name: "Foyer ${firstName}" }) { id } }`,
    );
    const res = await person.client.gql<{
      addChild: { household: { members: { id: string; name: string }[] } };
    }>(
      `mutation($f: String!) { addChild(input: { firstName: $f, birthYear: 2016 }) { household { members { id name } } } }`,
      { f: firstName },
    );
    return res.data!.addChild.household.members.find((m) => m.name === firstName)!.id;
  }

  const open = (client: Client, memberId: string, communityId: string, input: object) =>
    client.gql<{ openChildAccount: { login: string; firstName: string } }>(
      `mutation($m: ID!, $c: ID!, $i: ChildAccountInput!) { openChildAccount(memberId: $m, communityId: $c, input: $i) { login firstName } }`,
      { m: memberId, c: communityId, i: input },
    );

  it('lets a parent open an account for their child, with their consent recorded', async () => {
    const childId = await householdWithChild(parent, 'Yanis');
    const good = { password: CHILD_PASSWORD, parentalConsent: true };
    expect(
      errorOf(await open(parent.client, childId, a.id, { ...good, parentalConsent: false })),
    ).toEqual(['BAD_USER_INPUT', ['not_accepted']]);
    expect(errorOf(await open(parent.client, childId, b.id, good))[0]).toBe('FORBIDDEN');
    expect(errorOf(await open(neighbour.client, childId, a.id, good))[0]).toBe('NOT_FOUND');

    const opened = await open(parent.client, childId, a.id, good);
    expect(opened.data!.openChildAccount.firstName).toBe('Yanis');
    const login = opened.data!.openChildAccount.login;
    expect(login).toMatch(/^yanis-\d{4}$/);
    expect(errorOf(await open(parent.client, childId, a.id, good))[0]).toBe('CONFLICT');

    const [account] = await t.query(
      `SELECT a.birth_year, a.guardian_account_id, a.email, m.status, m.role,
              (SELECT array_agg(kind ORDER BY kind) FROM consent WHERE account_id = a.id) AS consents
         FROM account a JOIN membership m ON m.account_id = a.id WHERE a.login = $1`,
      [login],
    );
    expect(account).toEqual({
      birth_year: 2016,
      guardian_account_id: parent.id,
      email: null,
      status: 'active',
      role: 'resident',
      consents: ['charter', 'parental_consent', 'privacy_notice'],
    });

    const child = t.agent();
    const logged = await child.gql<{ logIn: { id: string } }>(
      `mutation($i: LogInInput!) { logIn(input: $i) { id } }`,
      { i: { identifier: login, password: CHILD_PASSWORD } },
    );
    expect(logged.errors).toBeUndefined();
    const household = await parent.client.gql<{
      me: { household: { members: { name: string; childLogin: string | null }[] } };
    }>(`{ me { household { members { name childLogin } } } }`);
    expect(household.data!.me.household.members).toContainEqual({
      name: 'Yanis',
      childLogin: login,
    });
  });

  it('keeps a child’s posts among members, even where residents may publish on the sas', async () => {
    await t.query(
      `UPDATE community SET public_post_roles = '{resident,staff,builder,admin}' WHERE id = $1`,
      [a.id],
    );
    const [{ login }] = await t.query<{ login: string }>(
      `SELECT login FROM account WHERE guardian_account_id = $1`,
      [parent.id],
    );
    const child = t.agent();
    await child.gql(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
      i: { identifier: login, password: CHILD_PASSWORD },
    });
    const post = (client: Client, visibility: string) =>
      client.gql(
        `mutation($c: ID!, $i: PostInput!) { createPost(communityId: $c, input: $i) { visibility } }`,
        { c: a.id, i: { body: 'Mon dessin du jardin', visibility } },
      );
    const refused = await post(child, 'public');
    expect(refused.errors?.[0].message).toBe(
      'Avant 15 ans, les publications restent entre les membres de la communauté.',
    );
    expect((await post(child, 'members')).data).toEqual({ createPost: { visibility: 'members' } });
    expect((await post(parent.client, 'public')).data).toEqual({
      createPost: { visibility: 'public' },
    });
  });

  it('puts the child’s data in the parent’s export', async () => {
    await parent.client.gql(`mutation { requestDataExport { id } }`);
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    const mine = await parent.client.gql<{ myPrivacyRequests: { downloadUrl: string }[] }>(
      `{ myPrivacyRequests { downloadUrl } }`,
    );
    const res = await download(parent.client, mine.data!.myPrivacyRequests[0].downloadUrl);
    const json = JSON.parse(
      strFromU8(unzipSync(new Uint8Array(res.body as Buffer))['mes-donnees.json']),
    );
    expect(json.people.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Mariam Parent',
      'Yanis',
    ]);
    expect(JSON.stringify(json.people[1])).toContain('parental_consent');
  });

  it('lets the parent, and only the parent, delete the child’s account', async () => {
    const [{ id: childAccount }] = await t.query<{ id: string }>(
      `SELECT id FROM account WHERE guardian_account_id = $1`,
      [parent.id],
    );
    const ask = (client: Client, password: string) =>
      client.gql(
        `mutation($a: ID!, $p: String!) { requestChildAccountDeletion(accountId: $a, password: $p) { status } }`,
        { a: childAccount, p: password },
      );
    expect(errorOf(await ask(neighbour.client, PASSWORD))[0]).toBe('NOT_FOUND');
    expect(errorOf(await ask(parent.client, 'pas le bon mot de passe'))[0]).toBe('BAD_USER_INPUT');
    expect((await ask(parent.client, PASSWORD)).errors).toBeUndefined();
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    expect(await t.query(`SELECT 1 FROM account WHERE id = $1`, [childAccount])).toEqual([]);
    expect((await parent.client.gql(`{ me { id } }`)).errors).toBeUndefined();
  });

  it('erases the children’s accounts with their parent’s', async () => {
    const mother = await member(t, a, 'resident', 'Awa Mère');
    const childId = await householdWithChild(mother, 'Inès');
    await open(mother.client, childId, a.id, { password: CHILD_PASSWORD, parentalConsent: true });
    await mother.client.gql(
      `mutation($p: String!) { requestAccountDeletion(password: $p) { id } }`,
      {
        p: PASSWORD,
      },
    );
    await t.query(`UPDATE privacy_request SET execute_after = now() WHERE account_id = $1`, [
      mother.id,
    ]);
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
    const left = await t.query(
      `SELECT display_name FROM account WHERE display_name IN ('Awa Mère', 'Inès')`,
    );
    expect(left).toEqual([]);
    const [record] = await t.query(
      `SELECT status FROM privacy_request WHERE requested_via = 'parent' AND reason LIKE 'Compte d’enfant%'`,
    );
    expect(record).toEqual({ status: 'done' });
  });
});
