import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import { ReportingRegistry } from '@palier/server-reporting';
import type { DataSource } from 'typeorm';
import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { odfPython, readOds } from './read-ods';
import {
  DASHBOARD,
  JAN_FEB,
  seedAppointments,
  seedCentre,
  type Dashboard,
  type Row,
} from './reporting-fixtures';

const line = (r: Row) => [r.key, r.state, r.values];

describe('reporting: counting rules, small cells, exports, access', () => {
  let t: TestApp;
  let community: TestCommunity;
  let other: TestCommunity;
  let staff: Client;
  let seeded: Awaited<ReturnType<typeof seedCentre>>;
  const dashboard = async (client: Client, c = community.id, period = JAN_FEB) => {
    const res = await client.gql<Dashboard>(DASHBOARD, { c, ...period });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const tables = res.data!.reportingDashboard.tables;
    return (key: string) => tables.find((x) => x.key === key)!;
  };

  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    other = await createCommunity(t);
    staff = await logIn(t, await createMember(t, community, 'staff'));
    seeded = await seedCentre(t, community);
    await seedAppointments(t, community);
    // The other centre has figures of its own, which must never show in the first one's.
    await seedCentre(t, other);
  });
  afterAll(() => t.close());

  it('counts participants (distinct people with a presence) and attendances (present marks) per month, in Paris time', async () => {
    const table = await dashboard(staff);
    const months = table('months');
    expect(months.columns.map((c) => c.key)).toEqual(['participants', 'attendances']);
    // 1 January at 00:30 in Paris is in the period, 1 March at 00:30 is not; an absence is not a presence.
    expect(months.rows.map(line)).toEqual([
      ['2026-01', 'shown', [11, 11]],
      ['2026-02', 'shown', [8, 13]],
    ]);
    expect(months.total!.values).toEqual([13, 24]);
    expect(table('categories').rows.map((r) => [r.label, r.values])).toEqual([
      ['Famille', [13, 24]],
    ]);
  });

  it('hides rows of fewer than 5 people and masks one more when a single row could be worked out', async () => {
    const table = await dashboard(staff);
    expect(table('activities').rows.map((r) => [r.label, r.state, r.values])).toEqual([
      ['Cuisine', 'shown', [11, 17]],
      ['Jardin', 'masked', [null, null]],
      ['Devoirs', 'small', [null, null]],
    ]);
    expect(table('ageBands').rows.map(line)).toEqual([
      ['0-5', 'shown', [0, 0]],
      ['6-11', 'shown', [5, 15]],
      ['12-17', 'shown', [0, 0]],
      ['18-25', 'shown', [0, 0]],
      ['26-59', 'shown', [5, 6]],
      ['60+', 'small', [null, null]],
      ['unknown', 'small', [null, null]],
    ]);
    // Gender counts only what people gave: 5 girls, 1 boy (hidden), 7 walk-ins without it.
    expect(table('genders').rows.map(line)).toEqual([
      ['female', 'masked', [null, null]],
      ['male', 'small', [null, null]],
      ['other', 'shown', [0, 0]],
      ['unknown', 'shown', [7, 7]],
    ]);
    expect(table('areas').rows.map(line)).toEqual([
      ['93000', 'shown', [8, 19]],
      ['93100', 'shown', [5, 5]],
      ['unknown', 'shown', [0, 0]],
    ]);
  });

  it('tells new people (first presence ever in the period) from those who came before', async () => {
    const table = await dashboard(staff);
    expect(table('newness').rows.map(line)).toEqual([
      ['new', 'shown', [8, 9]],
      ['returning', 'shown', [5, 15]],
    ]);
    // Over December–February, everybody is new.
    const wider = await dashboard(staff, community.id, { from: '2025-12-01', to: '2026-02-28' });
    expect(wider('newness').rows.map((r) => r.values)).toEqual([
      [13, 29],
      [0, 0],
    ]);
  });

  it('counts appointments per service with the no-show rate, cancelled ones left out', async () => {
    const table = await dashboard(staff);
    expect(table('appointments').rows.map((r) => [r.label, r.values])).toEqual([
      ['Écrivain public', [6, 4, 2, 33.3]],
    ]);
    const life = table('community').rows.map((r) => r.key);
    expect(life.slice(0, 4)).toEqual(['members', 'newMembers', 'posts', 'comments']);
  });

  it('counts community life: members, posts and comments, and what other modules register', async () => {
    const authors = [];
    for (let i = 0; i < 5; i++) authors.push(await createMember(t, community, 'resident'));
    for (const [i, author] of [...authors, authors[0]].entries())
      await t.query(
        `INSERT INTO feed_post (community_id, author_account_id, body, created_at) VALUES ($1, $2, $3, now() - interval '1 day')`,
        [community.id, author.id, `Nouvelle ${i}`],
      );
    // The extension point polls and ideas use: rows with people (here, one more module).
    t.app.get(ReportingRegistry).register({
      module: 'test-module',
      count: async (manager, communityId) => {
        const [row] = await manager.query(
          `SELECT count(*)::int AS n FROM feed_post WHERE community_id = $1`,
          [communityId],
        );
        return [
          { key: 'things', label: 'Choses proposées', people: 6, value: row.n },
          { key: 'thingsDone', label: 'Choses réalisées', people: 2, value: 2 },
        ];
      },
    });
    const today = new Date().toISOString().slice(0, 10);
    const table = await dashboard(staff, community.id, { from: '2026-01-01', to: today });
    const [{ members }] = await t.query<{ members: number }>(
      `SELECT count(*)::int AS members FROM membership WHERE community_id = $1 AND status = 'active'`,
      [community.id],
    );
    expect(table('community').rows.map(line)).toEqual([
      ['members', 'shown', [members]],
      ['newMembers', 'shown', [members]],
      ['posts', 'shown', [6]],
      ['comments', 'shown', [0]],
      // Ideas and polls count themselves (none in this community).
      ['ideas', 'shown', [0]],
      ['ideas_submitted', 'shown', [0]],
      ['ideas_under_study', 'shown', [0]],
      ['ideas_accepted', 'shown', [0]],
      ['ideas_declined', 'shown', [0]],
      ['ideas_in_progress', 'shown', [0]],
      ['ideas_done', 'shown', [0]],
      ['ideaSupports', 'shown', [0]],
      ['polls', 'shown', [0]],
      ['pollVotes', 'shown', [0]],
      ['things', 'shown', [6]],
      ['thingsDone', 'small', [null]],
    ]);
  });

  it('counts the ideas proposed in the period by status, their supports, and the polls and votes', async () => {
    const place = await createCommunity(t);
    const team = await logIn(t, await createMember(t, place, 'staff'));
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await createMember(t, place, 'resident'));
    const [category] = await t.query<{ id: string }>(
      `INSERT INTO idea_category (community_id, name) VALUES ($1, 'Cadre de vie') RETURNING id`,
      [place.id],
    );
    const ideas: string[] = [];
    for (const [i, status] of [
      'accepted',
      'accepted',
      'submitted',
      'done',
      'done',
      'done',
    ].entries()) {
      const [idea] = await t.query<{ id: string }>(
        `INSERT INTO idea (community_id, author_account_id, category_id, title, description, status, created_at)
         VALUES ($1, $2, $3, $4, 'Pour le quartier', $5, '2026-02-10T10:00:00Z') RETURNING id`,
        [place.id, people[i].id, category.id, `Idée numéro ${i}`, status],
      );
      ideas.push(idea.id);
    }
    // Out of the period: not counted.
    await t.query(
      `INSERT INTO idea (community_id, author_account_id, category_id, title, description, created_at)
       VALUES ($1, $2, $3, 'Idée de mars', 'Plus tard', '2026-03-10T10:00:00Z')`,
      [place.id, people[0].id, category.id],
    );
    for (const person of people)
      await t.query(
        `INSERT INTO idea_support (idea_id, account_id, supporter_key, created_at) VALUES ($1, $2, $2, '2026-02-11T10:00:00Z')`,
        [ideas[0], person.id],
      );
    const [poll] = await t.query<{ id: string }>(
      `INSERT INTO poll (community_id, kind, title, opens_at, closes_at, anonymous, voters, results_visibility, ballots_changeable)
       VALUES ($1, 'single', 'Quel atelier ?', '2026-01-05T09:00:00Z', '2026-01-20T09:00:00Z', true, 'members', 'always', false)
       RETURNING id`,
      [place.id],
    );
    for (const person of people)
      await t.query(
        `INSERT INTO poll_participation (poll_id, anonymous, voter_key, account_id, voted_at) VALUES ($1, true, $2, $2, '2026-01-06T09:00:00Z')`,
        [poll.id, person.id],
      );
    const table = await dashboard(team, place.id);
    const rows = Object.fromEntries(
      table('community').rows.map((r) => [r.key, [r.state, r.values]]),
    );
    expect(rows).toMatchObject({
      ideas: ['shown', [6]],
      ideas_accepted: ['small', [null]],
      ideas_submitted: ['small', [null]],
      ideas_done: ['small', [null]],
      ideas_under_study: ['shown', [0]],
      ideaSupports: ['shown', [6]],
      polls: ['shown', [1]],
      pollVotes: ['shown', [6]],
    });
  });

  it('keeps erased people in the counts, without identity', async () => {
    const hooks = t.app
      .get(PrivacyRegistry)
      .all()
      .find((h) => h.module === 'activities')!;
    const db = t.app.get<DataSource>(getDataSourceToken());
    // The parent is the only adult: their children's marks lose their identity with them.
    await db.transaction((m) => hooks.erasePerson(seeded.parent.id, m));
    const table = await dashboard(staff);
    expect(table('months').total!.values).toEqual([13, 24]);
    expect(table('newness').rows.map((r) => r.values)).toEqual([
      [8, 9],
      [5, 15],
    ]);
    // Their gender went with their identity; age band and area were kept on the marks.
    expect(table('genders').rows.map(line)).toEqual([
      ['female', 'shown', [0, 0]],
      ['male', 'shown', [0, 0]],
      ['other', 'shown', [0, 0]],
      ['unknown', 'shown', [13, 24]],
    ]);
    expect(table('ageBands').rows[1].values).toEqual([5, 15]);
  });

  it('exports each table as CSV and every table as one ODS file that odfpy reads back', async () => {
    const query = `from=${JAN_FEB.from}&to=${JAN_FEB.to}`;
    const base = `/api/reporting/communities/${community.id}/reports`;
    const csv = await staff.http.get(`${base}/activities.csv?${query}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toBe(
      '\uFEFFActivité;Participants;Présences\r\nCuisine;11;17\r\nJardin;masqué;masqué\r\nDevoirs;< 5;< 5\r\nTotal;13;24\r\n',
    );
    const ods = await staff.http
      .get(`${base}/all.ods?${query}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(ods.status).toBe(200);
    expect(ods.headers['content-disposition']).toContain('bilan-all-2026-01-01-2026-02-28.ods');
    if (!odfPython) return console.warn('odfpy is not installed: ODS read-back skipped');
    const sheets = readOds(ods.body as Buffer);
    expect(Object.keys(sheets)).toEqual([
      'Mois',
      'Activité',
      'Catégorie',
      'Tranche d’âge',
      'Genre',
      'Code postal',
      'Personnes',
      'Service',
      'Indicateur',
    ]);
    expect(sheets['Mois']).toEqual([
      ['Mois', 'Participants', 'Présences'],
      ['janvier 2026', '11', '11'],
      ['février 2026', '8', '13'],
      ['Total', '13', '24'],
    ]);
    expect(sheets['Service'][1]).toEqual(['Écrivain public', '6', '4', '2', '33.3']);

    expect((await staff.http.get(`${base}/nothing.ods?${query}`)).status).toBe(404);
    expect((await staff.http.get(`${base}/all.csv?${query}`)).status).toBe(404);
    const bad = await staff.gql(DASHBOARD, {
      c: community.id,
      from: '2026-03-01',
      to: '2026-01-01',
    });
    expect(bad.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'to',
      code: 'out_of_range',
    });
  });

  it('is for the staff, builders and admins of the community only', async () => {
    for (const role of ['builder', 'admin'] as const) {
      const client = await logIn(t, await createMember(t, community, role));
      expect((await client.gql(DASHBOARD, { c: community.id, ...JAN_FEB })).errors).toBeUndefined();
    }
    const resident = await logIn(t, await createMember(t, community, 'resident'));
    const otherStaff = await logIn(t, await createMember(t, other, 'staff'));
    const refused = async (client: Client | TestApp, code: string) => {
      const res = await client.gql(DASHBOARD, { c: community.id, ...JAN_FEB });
      expect(res.errors?.[0].extensions?.code).toBe(code);
      expect(res.data?.reportingDashboard ?? null).toBeNull();
    };
    await refused(resident, 'FORBIDDEN');
    await refused(otherStaff, 'FORBIDDEN');
    await refused(t, 'UNAUTHENTICATED');
    const file = `/api/reporting/communities/${community.id}/reports/months.ods?from=2026-01-01&to=2026-02-28`;
    expect((await resident.http.get(file)).status).toBe(403);
    expect((await otherStaff.http.get(file)).status).toBe(403);
    expect((await t.http.get(file)).status).toBe(401);
    // Each staff member sees their own community's figures: the same data, counted apart.
    const theirs = await dashboard(otherStaff, other.id);
    expect(theirs('months').total!.values).toEqual([13, 24]);
    expect(theirs('appointments').rows).toEqual([]);
  });
});
