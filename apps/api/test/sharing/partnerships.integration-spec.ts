import { createCommunity, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { memberClient, ok } from './sharing-fixtures';

const REQUEST = `mutation($c: ID!, $p: ID!, $m: String) { requestPartnership(communityId: $c, partnerCommunityId: $p, message: $m) { id status requestedByUs partner { id name kind } } }`;
const ANSWER = `mutation($c: ID!, $p: ID!, $a: Boolean!) { answerPartnership(communityId: $c, partnershipId: $p, accept: $a) { id status requestedByUs } }`;
const END = `mutation($c: ID!, $p: ID!) { endPartnership(communityId: $c, partnershipId: $p) { id status } }`;
const DIRECTORY = `query($c: ID!) { sharingDirectory(communityId: $c) { community { id name kind } partnership { id status requestedByUs } } }`;
const LIST = `query($c: ID!) { partnerships(communityId: $c) { id status requestedByUs partner { id name } } }`;

describe('sharing: partnerships between communities of one server', () => {
  let t: TestApp;
  let centre: TestCommunity;
  let cse: TestCommunity;
  let other: TestCommunity;
  let centreBuilder: Client;
  let centreStaff: Client;
  let centreResident: Client;
  let cseAdmin: Client;
  let otherBuilder: Client;

  beforeAll(async () => {
    t = await startTestApp();
    centre = await createCommunity(t);
    cse = await createCommunity(t, { kind: 'partner_organisation', name: 'CSE Transports Test' });
    other = await createCommunity(t);
    centreBuilder = await memberClient(t, centre, 'builder');
    centreStaff = await memberClient(t, centre, 'staff');
    centreResident = await memberClient(t, centre, 'resident');
    cseAdmin = await memberClient(t, cse, 'admin');
    otherBuilder = await memberClient(t, other, 'builder');
  });
  afterAll(() => t.close());

  it('a partner organisation is a community of its own kind', async () => {
    const [row] = await t.query<{ kind: string }>(`SELECT kind FROM community WHERE id = $1`, [
      cse.id,
    ]);
    expect(row.kind).toBe('partner_organisation');
    const data = await ok(
      centreBuilder.gql<{
        sharingDirectory: { community: { id: string; kind: string }; partnership: null }[];
      }>(DIRECTORY, { c: centre.id }),
    );
    const entry = data.sharingDirectory.find((d) => d.community.id === cse.id);
    expect(entry).toEqual({
      community: { id: cse.id, name: 'CSE Transports Test', kind: 'partner_organisation' },
      partnership: null,
    });
    expect(data.sharingDirectory.some((d) => d.community.id === centre.id)).toBe(false);
  });

  it('only admins and builders speak for their community; visitors are asked to log in', async () => {
    for (const client of [centreResident, centreStaff]) {
      const res = await client.gql(REQUEST, { c: centre.id, p: cse.id });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const dir = await client.gql(DIRECTORY, { c: centre.id });
      expect(dir.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // A builder of another community cannot act for this one.
    const res = await otherBuilder.gql(REQUEST, { c: centre.id, p: cse.id });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const visitor = await t.gql(DIRECTORY, { c: centre.id });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('requests, refuses a second live request either way, accepts, ends', async () => {
    const asked = await ok(
      centreBuilder.gql<{ requestPartnership: { id: string; status: string } }>(REQUEST, {
        c: centre.id,
        p: cse.id,
        m: 'Bonjour, travaillons ensemble pour les sorties.',
      }),
    );
    expect(asked.requestPartnership.status).toBe('requested');
    const id = asked.requestPartnership.id;

    const twice = await centreBuilder.gql(REQUEST, { c: centre.id, p: cse.id });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toMatch(/existe déjà/);
    const reverse = await cseAdmin.gql(REQUEST, { c: cse.id, p: centre.id });
    expect(reverse.errors?.[0].extensions?.code).toBe('CONFLICT');

    // The asking side cannot accept its own request; another community cannot either.
    const self = await centreBuilder.gql(ANSWER, { c: centre.id, p: id, a: true });
    expect(self.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const stranger = await otherBuilder.gql(ANSWER, { c: other.id, p: id, a: true });
    expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const list = await ok(
      cseAdmin.gql<{ partnerships: { id: string; requestedByUs: boolean }[] }>(LIST, { c: cse.id }),
    );
    expect(list.partnerships.find((p) => p.id === id)?.requestedByUs).toBe(false);

    const accepted = await ok(
      cseAdmin.gql<{ answerPartnership: { status: string } }>(ANSWER, {
        c: cse.id,
        p: id,
        a: true,
      }),
    );
    expect(accepted.answerPartnership.status).toBe('active');
    // Each side's admins and builders were told (the request, then the answer).
    const told = await t.query<{ kind: string; community_id: string }>(
      `SELECT n.kind, n.community_id FROM notification n
        WHERE n.kind = 'sharing_partnership' AND n.community_id = ANY($1::uuid[]) ORDER BY n.created_at`,
      [[centre.id, cse.id]],
    );
    expect(told.map((n) => n.community_id)).toEqual(expect.arrayContaining([cse.id, centre.id]));
    // Staff can read the partnerships (to address offers), not change them.
    const staffList = await ok(
      centreStaff.gql<{ partnerships: { id: string; status: string }[] }>(LIST, { c: centre.id }),
    );
    expect(staffList.partnerships.find((p) => p.id === id)?.status).toBe('active');
    const staffEnd = await centreStaff.gql(END, { c: centre.id, p: id });
    expect(staffEnd.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The other side ends it; a new request is possible afterwards.
    const ended = await ok(
      cseAdmin.gql<{ endPartnership: { status: string } }>(END, { c: cse.id, p: id }),
    );
    expect(ended.endPartnership.status).toBe('ended');
    const again = await centreBuilder.gql(END, { c: centre.id, p: id });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const renewed = await ok(
      cseAdmin.gql<{ requestPartnership: { status: string } }>(REQUEST, {
        c: cse.id,
        p: centre.id,
      }),
    );
    expect(renewed.requestPartnership.status).toBe('requested');
  });

  it('a declined request can be made again; a community cannot partner with itself', async () => {
    const asked = await ok(
      otherBuilder.gql<{ requestPartnership: { id: string } }>(REQUEST, { c: other.id, p: cse.id }),
    );
    const declined = await ok(
      cseAdmin.gql<{ answerPartnership: { status: string } }>(ANSWER, {
        c: cse.id,
        p: asked.requestPartnership.id,
        a: false,
      }),
    );
    expect(declined.answerPartnership.status).toBe('declined');
    const self = await otherBuilder.gql(REQUEST, { c: other.id, p: other.id });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const again = await otherBuilder.gql(REQUEST, { c: other.id, p: cse.id });
    expect(again.errors).toBeUndefined();
  });

  it('the database refuses two live partnerships for one pair', async () => {
    await expect(
      t.query(
        `INSERT INTO sharing_partnership (requester_community_id, recipient_community_id) VALUES ($1, $2)`,
        [cse.id, other.id],
      ),
    ).rejects.toThrow(/sharing_partnership_live_pair/);
  });
});
