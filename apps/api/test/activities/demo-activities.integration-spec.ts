import { seedDemo } from '../../src/demo/seed-demo';
import { startTestApp, type TestApp } from '../test-app';

describe('demo activities of La Passerelle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a dozen activities, one full with the demo children waiting, attendance of past sessions', async () => {
    await seedDemo(t.app);
    await seedDemo(t.app); // runs once
    const [{ id: communityId }] = await t.query<{ id: string }>(
      `SELECT id FROM community WHERE slug = 'la-passerelle'`,
    );
    const [{ n }] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM activity WHERE community_id = $1`,
      [communityId],
    );
    expect(n).toBe(12);
    const sea = await t.query<{ status: string; n: number }>(
      `SELECT r.status, count(*)::int AS n FROM activity_registration r JOIN activity a ON a.id = r.activity_id
        WHERE a.community_id = $1 AND a.title = 'Sortie à la mer' GROUP BY r.status ORDER BY r.status`,
      [communityId],
    );
    expect(sea).toEqual([
      { status: 'confirmed', n: 6 },
      { status: 'waiting', n: 2 },
    ]);
    const [{ marks, walkIns }] = await t.query<{ marks: number; walkIns: number }>(
      `SELECT count(*)::int AS marks, count(*) FILTER (WHERE walk_in)::int AS "walkIns"
         FROM activity_attendance m JOIN activity_session s ON s.id = m.session_id
        WHERE m.community_id = $1 AND s.starts_at < now()`,
      [communityId],
    );
    expect(marks).toBeGreaterThan(20);
    expect(walkIns).toBeGreaterThan(0);
  });
});
