import { seedDemo } from '../../src/demo/seed-demo';
import { DEMO_COMMUNITIES } from '../../src/demo/demo-communities';
import { startTestApp, TestApp } from '../test-app';

describe('demo content', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates the demo communities once, however often it runs', async () => {
    await seedDemo(t.app);
    expect(await seedDemo(t.app)).toEqual([]);
    const res = await t.gql<{ communities: { slug: string }[] }>('{ communities { slug } }');
    const slugs = res.data!.communities.map((c) => c.slug);
    for (const demo of DEMO_COMMUNITIES) {
      expect(slugs.filter((s) => s === demo.profile['slug'])).toHaveLength(1);
    }
    const [{ count }] = await t.query(
      `SELECT count(*)::int AS count FROM account WHERE email LIKE '%example.org'`,
    );
    expect(count).toBe(8);
  });

  it('serves a demo community with its opening hours, charter and news', async () => {
    await seedDemo(t.app);
    const res = await t.gql<{
      community: {
        name: string;
        city: string;
        charter: { version: number; body: string };
        openingHours: unknown[];
        news: unknown[];
      };
    }>(
      '{ community(slug: "la-passerelle") { name city charter { version body } openingHours { weekday opens closes } news { title } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.community.name).toBe('Centre social La Passerelle');
    expect(res.data!.community.openingHours).toContainEqual({
      weekday: 1,
      opens: '13:30',
      closes: '18:00',
    });
    expect(res.data!.community.charter).toMatchObject({
      version: 1,
      body: expect.stringMatching(/Charte de la communauté/),
    });
    expect(res.data!.community.news).toHaveLength(2);
  });

  it('lets every demo account log in with the demo password', async () => {
    await seedDemo(t.app);
    const agent = t.agent();
    const res = await agent.gql<{
      logIn: { displayName: string; memberships: { role: string }[] };
    }>(
      'mutation { logIn(input: { identifier: "accueil@la-passerelle.example.org", password: "palier-demo-2026" }) { displayName memberships { role } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.logIn).toEqual({
      displayName: 'Nadia Benali',
      memberships: [{ role: 'staff' }],
    });
  });

  it('shows La Passerelle’s polls: a date to find, an open one, a closed one with its outcome', async () => {
    await seedDemo(t.app);
    const agent = t.agent();
    const login = await agent.gql<{ logIn: { memberships: { community: { id: string } }[] } }>(
      'mutation { logIn(input: { identifier: "habitant@la-passerelle.example.org", password: "palier-demo-2026" }) { memberships { community { id } } } }',
    );
    const communityId = login.data!.logIn.memberships[0].community.id;
    const res = await agent.gql<{
      polls: {
        kind: string;
        status: string;
        outcome: string | null;
        ballots: number;
        canVote: boolean;
      }[];
    }>(`query($c: ID!) { polls(communityId: $c) { kind status outcome ballots canVote } }`, {
      c: communityId,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.polls).toEqual([
      expect.objectContaining({ kind: 'single', status: 'open', ballots: 2, canVote: true }),
      expect.objectContaining({ kind: 'date', status: 'open', ballots: 2, canVote: true }),
      expect.objectContaining({
        kind: 'single',
        status: 'closed',
        ballots: 3,
        outcome: expect.stringMatching(/^Merci pour vos réponses/),
      }),
    ]);
  });
});
