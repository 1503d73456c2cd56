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
      expect(slugs.filter((s) => s === demo.slug)).toHaveLength(1);
    }
  });

  it('serves a demo community with its opening hours and charter', async () => {
    await seedDemo(t.app);
    const res = await t.gql<{ community: { name: string; city: string; charter: string; openingHours: unknown[] } }>(
      '{ community(slug: "la-passerelle") { name city charter openingHours { weekday opens closes } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.community.name).toBe('Centre social La Passerelle');
    expect(res.data!.community.openingHours).toContainEqual({ weekday: 1, opens: '13:30', closes: '18:00' });
    expect(res.data!.community.charter).toMatch(/Charte de la communauté/);
  });
});
