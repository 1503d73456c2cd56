import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';

const CREATE = `mutation($c: ID!, $i: DeskAccountInput!, $k: DeskConsentInput!) {
  createAccountAtDesk(communityId: $c, input: $i, consent: $k) { accountId login code activationUrl qrCodeSvg communityName expiresAt }
}`;
const ACTIVATE = `mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { displayName deskHistory { action staffName communityName } memberships { status role } } }`;

describe('desk mode: staff act for a resident who is here and agrees', () => {
  let t: TestApp;
  let community: TestCommunity;
  let desk: Client;
  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    desk = await logIn(t, await createMember(t, community, 'staff', 'Nadia, accueil'));
  });
  afterAll(() => t.close());

  it('refuses to act without both ticks', async () => {
    const res = await desk.gql(CREATE, {
      c: community.id,
      i: { displayName: 'Monsieur Kone' },
      k: { residentPresent: true, residentAgrees: false },
    });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Cochez les deux cases : la personne est là et elle est d’accord.',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'residentAgrees', code: 'not_accepted' })],
      },
    });
  });

  it('creates an account without email, prints a code that activates it once, and shows the resident what was done', async () => {
    const res = await desk.gql<{
      createAccountAtDesk: {
        login: string;
        code: string;
        activationUrl: string;
        qrCodeSvg: string;
        communityName: string;
      };
    }>(CREATE, {
      c: community.id,
      i: { displayName: 'Bakary Koné', locale: 'fr' },
      k: { residentPresent: true, residentAgrees: true },
    });
    expect(res.errors).toBeUndefined();
    const sheet = res.data!.createAccountAtDesk;
    expect(sheet.login).toMatch(/^bakary-\d{4}$/);
    expect(sheet.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(sheet.activationUrl).toBe('http://palier.test/activer');
    expect(sheet.qrCodeSvg).toMatch(/^<svg/);
    expect(sheet.communityName).toBe(community.name);

    // Before activation, the account cannot log in.
    const early = await t.gql(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
      i: { identifier: sheet.login, password: 'nimporte quoi du tout' },
    });
    expect(early.errors?.[0]).toMatchObject({
      message: 'Ce compte n’est pas encore activé : utilisez le code remis à l’accueil.',
      extensions: {
        code: 'UNAUTHENTICATED',
        fields: [expect.objectContaining({ field: 'identifier', code: 'not_activated' })],
      },
    });

    const resident = t.agent();
    const typed = sheet.code.toLowerCase().replace(/-/g, ' ');
    const activated = await resident.gql(ACTIVATE, {
      i: { login: sheet.login.toUpperCase(), code: typed, password: 'mon secret à moi' },
    });
    expect(activated.errors).toBeUndefined();
    expect(activated.data).toEqual({
      activateAccount: {
        displayName: 'Bakary Koné',
        deskHistory: [
          { action: 'account_created', staffName: 'Nadia, accueil', communityName: community.name },
        ],
        memberships: [{ status: 'active', role: 'resident' }],
      },
    });
    const reused = await t.gql(ACTIVATE, {
      i: { login: sheet.login, code: sheet.code, password: 'un autre secret encore' },
    });
    expect(reused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const login = await t
      .agent()
      .gql(`mutation($i: LogInInput!) { logIn(input: $i) { displayName } }`, {
        i: { identifier: sheet.login, password: 'mon secret à moi' },
      });
    expect(login.data).toEqual({ logIn: { displayName: 'Bakary Koné' } });
    const consents = await t.query<{ desk: boolean }>(
      `SELECT desk_action_id IS NOT NULL AS desk FROM consent c JOIN account a ON a.id = c.account_id WHERE a.login = $1`,
      [sheet.login],
    );
    expect(consents).toEqual([{ desk: true }, { desk: true }]);
  });

  it('reissues a code (the old one stops working) and records it', async () => {
    const created = await desk.gql<{
      createAccountAtDesk: { accountId: string; login: string; code: string };
    }>(CREATE, {
      c: community.id,
      i: { displayName: 'Rose Martin' },
      k: { residentPresent: true, residentAgrees: true },
    });
    const first = created.data!.createAccountAtDesk;
    const again = await desk.gql<{ reissueActivationCode: { code: string } }>(
      `mutation($c: ID!, $a: ID!) { reissueActivationCode(communityId: $c, accountId: $a, consent: { residentPresent: true, residentAgrees: true }) { code } }`,
      { c: community.id, a: first.accountId },
    );
    const old = await t.gql(ACTIVATE, {
      i: { login: first.login, code: first.code, password: 'mon secret à moi' },
    });
    expect(old.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await t.agent().gql(ACTIVATE, {
      i: {
        login: first.login,
        code: again.data!.reissueActivationCode.code,
        password: 'mon secret à moi',
      },
    });
    expect(
      (
        ok.data as { activateAccount: { deskHistory: { action: string }[] } }
      ).activateAccount.deskHistory.map((d) => d.action),
    ).toEqual(['activation_code_reissued', 'account_created']);
  });

  it('finds residents by name for the desk', async () => {
    await createMember(t, community, 'resident', 'Hélène Dupont');
    const res = await desk.gql<{ members: { edges: { node: { displayName: string } }[] } }>(
      `query($c: ID!) { members(communityId: $c, search: "dupont") { edges { node { displayName } } } }`,
      { c: community.id },
    );
    expect(res.data!.members.edges.map((e) => e.node.displayName)).toEqual(['Hélène Dupont']);
  });

  it('pages through members with a cursor', async () => {
    const res1 = await desk.gql<{
      members: {
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      `query($c: ID!) { members(communityId: $c, first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { c: community.id },
    );
    expect(res1.data!.members.edges).toHaveLength(2);
    expect(res1.data!.members.pageInfo.hasNextPage).toBe(true);
    const res2 = await desk.gql<{ members: { edges: { node: { id: string } }[] } }>(
      `query($c: ID!, $a: String) { members(communityId: $c, first: 2, after: $a) { edges { node { id } } } }`,
      { c: community.id, a: res1.data!.members.pageInfo.endCursor },
    );
    const firstIds = res1.data!.members.edges.map((e) => e.node.id);
    for (const e of res2.data!.members.edges) expect(firstIds).not.toContain(e.node.id);
    const bad = await desk.gql(
      `query($c: ID!) { members(communityId: $c, after: "n'importe quoi") { edges { cursor } } }`,
      { c: community.id },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
