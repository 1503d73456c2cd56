import {
  createAccount,
  createCommunity,
  createMember,
  logIn,
  type TestCommunity,
} from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';

type Who = 'visitor' | 'resident' | 'staff' | 'builder' | 'admin' | 'otherAdmin';
const WHO: Who[] = ['visitor', 'resident', 'staff', 'builder', 'admin', 'otherAdmin'];

interface Case {
  name: string;
  allowed: Who[];
  /** A GraphQL document using $c (the community id) and the variables below. */
  query: string;
  variables?: (ctx: Ctx) => Record<string, unknown>;
}

interface Ctx {
  community: TestCommunity;
  pendingMembershipId: string;
  residentMembershipId: string;
  residentAccountId: string;
}

const CONSENT = { residentPresent: true, residentAgrees: true };
const PROFILE = {
  name: 'Centre renommé',
  presentation: 'Présentation',
  streetAddress: '2 rue Neuve',
  postalCode: '93100',
  city: 'Montreuil',
  openingHours: [{ weekday: 2, opens: '09:00', closes: '12:00' }],
  admissionMode: 'approval',
  languages: ['fr'],
};

/** Every community-scoped operation of identity and community, with who may call it. */
const CASES: Case[] = [
  {
    name: 'membershipRequests',
    allowed: ['builder', 'admin'],
    query: `query($c: ID!) { membershipRequests(communityId: $c) { id } }`,
  },
  {
    name: 'decideMembership',
    allowed: ['builder', 'admin'],
    query: `mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: false, message: "Test") { id } }`,
    variables: (x) => ({ m: x.pendingMembershipId }),
  },
  {
    name: 'members',
    allowed: ['staff', 'builder', 'admin'],
    query: `query($c: ID!) { members(communityId: $c) { edges { node { id } } } }`,
  },
  {
    name: 'changeRole',
    allowed: ['admin'],
    query: `mutation($c: ID!, $m: ID!) { changeRole(communityId: $c, membershipId: $m, role: resident) { id } }`,
    variables: (x) => ({ m: x.residentMembershipId }),
  },
  {
    name: 'roleChanges',
    allowed: ['admin'],
    query: `query($c: ID!) { roleChanges(communityId: $c) { id } }`,
  },
  {
    name: 'createAccountAtDesk',
    allowed: ['staff', 'builder', 'admin'],
    query: `mutation($c: ID!, $k: DeskConsentInput!) { createAccountAtDesk(communityId: $c, input: { displayName: "Résident du guichet" }, consent: $k) { login } }`,
    variables: () => ({ k: CONSENT }),
  },
  {
    name: 'reissueActivationCode',
    allowed: ['staff', 'builder', 'admin'],
    query: `mutation($c: ID!, $a: ID!, $k: DeskConsentInput!) { reissueActivationCode(communityId: $c, accountId: $a, consent: $k) { login } }`,
    variables: (x) => ({ a: x.residentAccountId, k: CONSENT }),
  },
  {
    name: 'updateCommunity',
    allowed: ['admin'],
    query: `mutation($c: ID!, $p: CommunityProfileInput!) { updateCommunity(communityId: $c, input: $p) { id } }`,
    variables: () => ({ p: PROFILE }),
  },
  {
    name: 'addClosure',
    allowed: ['admin'],
    query: `mutation($c: ID!) { addClosure(communityId: $c, input: { startsOn: "2030-05-01", endsOn: "2030-05-01", label: "Fête du travail" }) { id } }`,
  },
  {
    name: 'publishDocument',
    allowed: ['admin'],
    query: `mutation($c: ID!) { publishDocument(communityId: $c, kind: charter, input: { summary: "Résumé", body: "Texte" }) { version } }`,
  },
  {
    name: 'publishNews',
    allowed: ['staff', 'builder', 'admin'],
    query: `mutation($c: ID!) { publishNews(communityId: $c, input: { title: "Info", body: "Texte" }) { id } }`,
  },
];

describe('who may do what in a community (each role × each operation)', () => {
  let t: TestApp;
  let ctx: Ctx;
  const clients = new Map<Who, Client>();

  beforeAll(async () => {
    t = await startTestApp();
    const community = await createCommunity(t);
    const other = await createCommunity(t);
    for (const role of ['resident', 'staff', 'builder', 'admin'] as const) {
      clients.set(role, await logIn(t, await createMember(t, community, role)));
    }
    clients.set('otherAdmin', await logIn(t, await createMember(t, other, 'admin')));
    clients.set('visitor', t.agent());
    const resident = await createMember(t, community, 'resident');
    ctx = {
      community,
      pendingMembershipId: '',
      residentMembershipId: resident.membershipId,
      residentAccountId: resident.id,
    };
  });
  afterAll(() => t.close());

  async function freshPending(): Promise<string> {
    const account = await createAccount(t);
    const [row] = await t.query<{ id: string }>(
      `INSERT INTO membership (community_id, account_id, status) VALUES ($1, $2, 'pending') RETURNING id`,
      [ctx.community.id, account.id],
    );
    return row.id;
  }

  for (const c of CASES) {
    for (const who of WHO) {
      const allowed = c.allowed.includes(who);
      it(`${c.name}: ${who} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        ctx.pendingMembershipId = await freshPending();
        const res = await clients
          .get(who)!
          .gql(c.query, { c: ctx.community.id, ...(c.variables?.(ctx) ?? {}) });
        if (allowed) {
          expect(res.errors).toBeUndefined();
        } else {
          expect(res.errors?.[0].extensions?.code).toBe(
            who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          );
          expect(res.data ?? null).toBeNull();
        }
      });
    }
  }

  it('createCommunity: only a server admin', async () => {
    const query = `mutation($i: NewCommunityInput!) { createCommunity(input: $i) { slug } }`;
    const input = { ...PROFILE, slug: 'nouveau-centre', kind: 'social_centre' };
    for (const who of WHO) {
      const res = await clients.get(who)!.gql(query, { i: input });
      expect(res.errors?.[0].extensions?.code).toBe(
        who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    }
    const serverAdmin = await logIn(t, await createAccount(t, { serverAdmin: true }));
    const res = await serverAdmin.gql(query, { i: input });
    expect(res.data).toEqual({ createCommunity: { slug: 'nouveau-centre' } });
    const again = await serverAdmin.gql(query, { i: input });
    expect(again.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'slug', code: 'taken' }),
    ]);
  });
});

describe('one community can never read or change another’s data', () => {
  let t: TestApp;
  let a: TestCommunity;
  let b: TestCommunity;
  let adminA: Client;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createCommunity(t);
    b = await createCommunity(t);
    adminA = await logIn(t, await createMember(t, a, 'admin'));
  });
  afterAll(() => t.close());

  it('an admin of A naming community B is refused', async () => {
    const res = await adminA.gql(
      `query($c: ID!) { members(communityId: $c) { edges { node { id } } } }`,
      { c: b.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an admin of A cannot reach a membership of B through community A', async () => {
    const memberOfB = await createMember(t, b, 'resident');
    const res = await adminA.gql(
      `mutation($c: ID!, $m: ID!) { changeRole(communityId: $c, membershipId: $m, role: admin) { id } }`,
      {
        c: a.id,
        m: memberOfB.membershipId,
      },
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [row] = await t.query<{ role: string }>(`SELECT role FROM membership WHERE id = $1`, [
      memberOfB.membershipId,
    ]);
    expect(row.role).toBe('resident');
  });

  it('a desk of A cannot print a code for a resident of B', async () => {
    const residentOfB = await createMember(t, b, 'resident');
    const res = await adminA.gql(
      `mutation($c: ID!, $a: ID!) { reissueActivationCode(communityId: $c, accountId: $a, consent: { residentPresent: true, residentAgrees: true }) { code } }`,
      { c: a.id, a: residentOfB.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('the members list of A holds nobody of B', async () => {
    await createMember(t, b, 'resident', 'Personne de B');
    const res = await adminA.gql<{ members: { edges: { node: { displayName: string } }[] } }>(
      `query($c: ID!) { members(communityId: $c, first: 100) { edges { node { displayName } } } }`,
      { c: a.id },
    );
    expect(res.data!.members.edges.map((e) => e.node.displayName)).not.toContain('Personne de B');
  });

  it('news and closures are removed only within their community', async () => {
    const adminB = await logIn(t, await createMember(t, b, 'admin'));
    const news = await adminB.gql<{ publishNews: { id: string } }>(
      `mutation($c: ID!) { publishNews(communityId: $c, input: { title: "B", body: "B" }) { id } }`,
      { c: b.id },
    );
    const res = await adminA.gql(
      `mutation($c: ID!, $n: ID!) { removeNews(communityId: $c, newsId: $n) }`,
      { c: a.id, n: news.data!.publishNews.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a malformed id is simply not found', async () => {
    const res = await adminA.gql(
      `mutation($c: ID!) { changeRole(communityId: $c, membershipId: "1; DROP TABLE account", role: admin) { id } }`,
      { c: a.id },
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await adminA.gql(
      `query { members(communityId: "pas-un-id") { edges { cursor } } }`,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
