import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { INBOX_RATE } from '@palier/server-federation';
import { createCommunity, type TestCommunity } from '../factories';
import { memberClient, ok } from '../sharing/sharing-fixtures';
import { startTestApp, type Client } from '../test-app';
import type { TestDatabase } from '../test-database';
import { eventually, secondDatabase, startServer, type Server } from './two-servers';

const REQUEST_REMOTE = `mutation($c: ID!, $a: String!, $m: String) { requestRemotePartnership(communityId: $c, address: $a, message: $m) { id status requestedByUs partner { id name } } }`;
const ANSWER = `mutation($c: ID!, $p: ID!, $a: Boolean!) { answerPartnership(communityId: $c, partnershipId: $p, accept: $a) { id status } }`;
const END = `mutation($c: ID!, $p: ID!) { endPartnership(communityId: $c, partnershipId: $p) { id status } }`;
const LIST = `query($c: ID!) { partnerships(communityId: $c) { id status requestedByUs message partner { id name } } }`;

interface Partnership {
  id: string;
  status: string;
  requestedByUs: boolean;
  message: string;
  partner: { id: string | null; name: string };
}

describe('federation: partnerships between communities of two Palier servers', () => {
  let a: Server;
  let b: Server;
  let dbB: TestDatabase;
  /** A third database, for the third app (never two apps at once on one embedded database). */
  let dbC: TestDatabase;
  let centreA: TestCommunity;
  let centreB: TestCommunity;
  let otherB: TestCommunity;
  let adminA: Client;
  let adminB: Client;
  let otherAdminB: Client;
  let residentA: Client;

  beforeAll(async () => {
    dbB = await secondDatabase();
    dbC = await secondDatabase();
    a = await startServer('127.0.0.1');
    b = await startServer('127.0.0.2', dbB);
    centreA = await createCommunity(a.t, { name: 'Centre social des Lilas' });
    centreB = await createCommunity(b.t, { name: 'CSE Transports du Nord' });
    otherB = await createCommunity(b.t);
    adminA = await memberClient(a.t, centreA, 'admin');
    residentA = await memberClient(a.t, centreA, 'resident');
    adminB = await memberClient(b.t, centreB, 'admin');
    otherAdminB = await memberClient(b.t, otherB, 'admin');
  });
  afterAll(async () => {
    await a?.t.close();
    await b?.t.close();
    await dbB?.drop();
    await dbC?.drop();
  });

  const list = async (client: Client, communityId: string) =>
    (await ok(client.gql<{ partnerships: Partnership[] }>(LIST, { c: communityId }))).partnerships;
  const actorUrl = (server: Server, community: TestCommunity) =>
    `${server.url}/ap/communities/${community.slug}`;

  it('runs the second server in a process of its own (on the PostgreSQL server)', () => {
    // On the embedded database (a single session), both run in the test's process.
    if (process.env['PALIER_TEST_DATABASE_MODE'] === 'server') {
      expect(b.pid).toEqual(expect.any(Number));
      expect(b.pid).not.toBe(process.pid);
    } else expect(b.pid).toBeUndefined();
  });

  it('serves each community as a Group actor with WebFinger and a public key', async () => {
    const finger = await a.t.http
      .get('/.well-known/webfinger')
      .query({ resource: `acct:${centreA.slug}@${new URL(a.url).host}` });
    expect(finger.status).toBe(200);
    const self = finger.body.links.find((l: { rel: string }) => l.rel === 'self');
    expect(self.href).toBe(actorUrl(a, centreA));
    const actor = await a.t.http
      .get(`/ap/communities/${centreA.slug}`)
      .set('accept', 'application/activity+json');
    expect(actor.status).toBe(200);
    const body = JSON.parse(actor.text);
    expect(body.type).toBe('Group');
    expect(body.name).toBe('Centre social des Lilas');
    expect(body.inbox).toBe(`${actorUrl(a, centreA)}/inbox`);
    expect(body.publicKey.publicKeyPem).toContain('BEGIN PUBLIC KEY');
    // The keys are stored: the same key on the next fetch.
    const again = await a.t.http
      .get(`/ap/communities/${centreA.slug}`)
      .set('accept', 'application/activity+json');
    expect(JSON.parse(again.text).publicKey.publicKeyPem).toBe(body.publicKey.publicKeyPem);
    // No personal data in the actor.
    expect(actor.text).not.toMatch(/@exemple\.fr/);
    // A browser is sent to the community's sas.
    const browser = await a.t.http
      .get(`/ap/communities/${centreA.slug}`)
      .set('accept', 'text/html');
    expect(browser.status).toBe(303);
    expect(browser.headers['location']).toBe(`/c/${centreA.slug}`);
    // Unknown communities are not found.
    const unknown = await a.t.http
      .get('/.well-known/webfinger')
      .query({ resource: `acct:inconnue@${new URL(a.url).host}` });
    expect(unknown.status).toBe(404);
  });

  it('only admins and builders ask a remote community, and only a Group actor is found', async () => {
    const denied = await residentA.gql(REQUEST_REMOTE, { c: centreA.id, a: actorUrl(b, centreB) });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nowhere = await adminA.gql(REQUEST_REMOTE, {
      c: centreA.id,
      a: `${b.url}/ap/communities/inconnue`,
    });
    expect(nowhere.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('request (Follow), accept (Accept + follow-back) make it active on both servers', async () => {
    const asked = await ok(
      adminA.gql<{ requestRemotePartnership: Partnership }>(REQUEST_REMOTE, {
        c: centreA.id,
        a: actorUrl(b, centreB),
        m: 'Bonjour, partageons nos places de cinéma !',
      }),
    );
    expect(asked.requestRemotePartnership).toMatchObject({
      status: 'requested',
      requestedByUs: true,
      partner: { id: null, name: 'CSE Transports du Nord' },
    });
    // B sees the request in its partnerships page, with A's name and message.
    const seen = await eventually(async () =>
      (await list(adminB, centreB.id)).find((p) => p.status === 'requested'),
    );
    expect(seen).toMatchObject({
      requestedByUs: false,
      message: 'Bonjour, partageons nos places de cinéma !',
      partner: { id: null, name: 'Centre social des Lilas' },
    });
    // B's admins were told, with A's name.
    const toldB = await eventually(async () => {
      const rows = await b.t.query<{ data: { partner: string; state: string } }>(
        `SELECT data FROM notification WHERE kind = 'sharing_partnership' AND community_id = $1`,
        [centreB.id],
      );
      return rows.length > 0 && rows;
    });
    // (each admin and builder: the community's creator and its admin)
    expect(new Set(toldB.map((n) => `${n.data.partner} ${n.data.state}`))).toEqual(
      new Set(['Centre social des Lilas requested']),
    );
    // Another community of server B sees nothing, and cannot answer it.
    expect(await list(otherAdminB, otherB.id)).toEqual([]);
    const foreign = await otherAdminB.gql(ANSWER, { c: otherB.id, p: seen.id, a: true });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const answered = await ok(
      adminB.gql<{ answerPartnership: Partnership }>(ANSWER, {
        c: centreB.id,
        p: seen.id,
        a: true,
      }),
    );
    expect(answered.answerPartnership.status).toBe('active');
    await eventually(async () =>
      (await list(adminA, centreA.id)).find(
        (p) => p.id === asked.requestRemotePartnership.id && p.status === 'active',
      ),
    );
    const toldA = await eventually(async () => {
      const rows = await a.t.query<{ data: { partner: string; state: string } }>(
        `SELECT data FROM notification WHERE kind = 'sharing_partnership' AND community_id = $1`,
        [centreA.id],
      );
      return rows.length > 0 && rows;
    });
    // (each admin and builder: the community's creator and its admin)
    expect(new Set(toldA.map((n) => `${n.data.partner} ${n.data.state}`))).toEqual(
      new Set(['CSE Transports du Nord accepted']),
    );
    // Mutual: B's follow-back was accepted by A.
    const [row] = await b.t.query<{ our_follow_id: string; their_follow_id: string }>(
      `SELECT our_follow_id, their_follow_id FROM federation_partnership WHERE partnership_id = $1`,
      [seen.id],
    );
    expect(row.our_follow_id).toBeTruthy();
    expect(row.their_follow_id).toBeTruthy();
    await eventually(async () => {
      const [onA] = await a.t.query<{ their_follow_id: string | null }>(
        `SELECT their_follow_id FROM federation_partnership WHERE partnership_id = $1`,
        [asked.requestRemotePartnership.id],
      );
      return onA.their_follow_id === row.our_follow_id;
    });
  });

  it('a second request while one is live is refused', async () => {
    const again = await adminA.gql(REQUEST_REMOTE, { c: centreA.id, a: actorUrl(b, centreB) });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('ending on one side (Undo) ends it on the other', async () => {
    const [active] = (await list(adminB, centreB.id)).filter((p) => p.status === 'active');
    await ok(adminB.gql(END, { c: centreB.id, p: active.id }));
    await eventually(async () =>
      (await list(adminA, centreA.id)).every((p) => p.status === 'ended'),
    );
  });

  it('a declined request (Reject) is declined on the asking side', async () => {
    const asked = await ok(
      adminA.gql<{ requestRemotePartnership: Partnership }>(REQUEST_REMOTE, {
        c: centreA.id,
        a: actorUrl(b, centreB),
      }),
    );
    const seen = await eventually(async () =>
      (await list(adminB, centreB.id)).find((p) => p.status === 'requested'),
    );
    await ok(adminB.gql(ANSWER, { c: centreB.id, p: seen.id, a: false }));
    await eventually(async () =>
      (await list(adminA, centreA.id)).find(
        (p) => p.id === asked.requestRemotePartnership.id && p.status === 'declined',
      ),
    );
  });

  it('refuses an unsigned or wrongly signed activity', async () => {
    const inbox = `/ap/communities/${centreB.slug}/inbox`;
    const forged = {
      '@context': 'https://www.w3.org/ns/activitystreams',
      id: `${actorUrl(a, centreA)}#follow/forged`,
      type: 'Follow',
      actor: actorUrl(a, centreA),
      object: actorUrl(b, centreB),
    };
    const before = await b.t.query(`SELECT id FROM sharing_partnership`);
    const unsigned = await b.t.http
      .post(inbox)
      .set('content-type', 'application/activity+json')
      .send(JSON.stringify(forged));
    expect(unsigned.status).toBe(401);
    const wrong = await b.t.http
      .post(inbox)
      .set('content-type', 'application/activity+json')
      .set('date', new Date().toUTCString())
      .set(
        'signature',
        `keyId="${actorUrl(a, centreA)}#main-key",algorithm="rsa-sha256",headers="(request-target) host date",signature="${Buffer.from('forged').toString('base64')}"`,
      )
      .send(JSON.stringify(forged));
    expect(wrong.status).toBe(401);
    expect(await b.t.query(`SELECT id FROM sharing_partnership`)).toHaveLength(before.length);
  });

  it('refuses activities too large, before reading them', async () => {
    const big = await b.t.http
      .post(`/ap/communities/${centreB.slug}/inbox`)
      .set('content-type', 'application/activity+json')
      .send(JSON.stringify({ padding: 'x'.repeat(100_000) }));
    expect(big.status).toBe(413);
  });

  it('limits deliveries per sending address (429 past the limit)', async () => {
    const inbox = `/ap/communities/${centreB.slug}/inbox`;
    const post = () =>
      b.t.http
        .post(inbox)
        .set('x-forwarded-for', '10.99.0.7')
        .set('content-type', 'application/activity+json')
        .send('{}');
    const statuses: number[] = [];
    for (let i = 0; i < INBOX_RATE.points; i += 1) statuses.push((await post()).status);
    // (each refused as unsigned or invalid, but read)
    expect(statuses.filter((status) => status === 429)).toEqual([]);
    expect((await post()).status).toBe(429);
  });

  it('without FEDERATION_ALLOW_PRIVATE_HOSTS, a remote-supplied loopback address is never fetched', async () => {
    // A listener on loopback counting every request that reaches it.
    let hits = 0;
    const trap = createServer((_req, res) => {
      hits += 1;
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => trap.listen(0, '127.0.0.4', r));
    const { port } = trap.address() as AddressInfo;
    const guarded = await startTestApp({
      PUBLIC_URL: 'http://palier-guarded.test',
      DATABASE_URL: dbC.url,
    });
    try {
      const community = await createCommunity(guarded);
      const admin = await memberClient(guarded, community, 'admin');
      for (const address of [
        `http://127.0.0.4:${port}/ap/communities/x`,
        `x@127.0.0.4:${port}`,
        actorUrl(b, centreB),
      ]) {
        const res = await admin.gql(REQUEST_REMOTE, { c: community.id, a: address });
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      expect(hits).toBe(0);
    } finally {
      await guarded.close();
      trap.close();
    }
  });

  describe('a server blocking another', () => {
    let c: Server;
    let centreC: TestCommunity;
    let adminC: Client;

    beforeAll(async () => {
      // Server C (its own hostname and database) blocks server A's host.
      c = await startServer('127.0.0.3', dbC, { FEDERATION_BLOCKLIST: a.host });
      centreC = await createCommunity(c.t);
      adminC = await memberClient(c.t, centreC, 'admin');
    });
    afterAll(() => c?.t.close());

    it('refuses its activities and does not ask it', async () => {
      const asked = await ok(
        adminA.gql<{ requestRemotePartnership: Partnership }>(REQUEST_REMOTE, {
          c: centreA.id,
          a: actorUrl(c, centreC),
        }),
      );
      expect(asked.requestRemotePartnership.status).toBe('requested');
      // The Follow is refused at C's inbox (403, by its signing key's host): no request there.
      const inbox = await c.t.http
        .post(`/ap/communities/${centreC.slug}/inbox`)
        .set('content-type', 'application/activity+json')
        .set('signature', `keyId="${actorUrl(a, centreA)}#main-key",signature="x"`)
        .send('{}');
      expect(inbox.status).toBe(403);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await list(adminC, centreC.id)).toEqual([]);
      const out = await adminC.gql(REQUEST_REMOTE, { c: centreC.id, a: actorUrl(a, centreA) });
      expect(out.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
