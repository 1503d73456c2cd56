import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import { createCommunity, sessionCookie, type TestCommunity } from '../factories';
import { connectSocket, follow, nextMessage, noMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  CLAIM,
  memberClient,
  offerInput,
  ok,
  OUR_OFFER,
  PARTNER_OFFERS,
  partner,
  PUBLISH,
} from './sharing-fixtures';
import { createMember, logIn } from '../factories';

const HAND_OVER = `mutation($c: ID!, $k: ID!, $d: String) { handOverClaim(communityId: $c, claimId: $k, dueOn: $d) { id status dueOn handedOverAt } }`;
const CANCEL = `mutation($c: ID!, $k: ID!) { cancelOfferClaim(communityId: $c, claimId: $k) { id status } }`;
const CANCEL_MINE = `mutation($c: ID!, $k: ID!) { cancelMySharingClaim(communityId: $c, claimId: $k) { id status } }`;
const RETURNED = `mutation($c: ID!, $k: ID!) { markClaimReturned(communityId: $c, claimId: $k) { id status returnedAt } }`;
const MY_CLAIMS = `query($c: ID!) { mySharingClaims(communityId: $c) { id offerTitle offeringCommunityName quantity status dueOn } }`;
const REPORT = `mutation($c: ID!, $i: ReportInput!) { report(communityId: $c, input: $i) }`;
const MODERATE = `mutation($c: ID!, $i: ModerationDecisionInput!) { moderate(communityId: $c, input: $i) { id action } }`;

interface Claimed {
  claimOffer: { myClaims: { id: string; status: string }[]; offer: { remaining: number } };
}

describe('sharing: hand-over, cancellation, lending, live counts, notifications, moderation', () => {
  let t: TestApp;
  let url: string;
  let cse: TestCommunity;
  let centreA: TestCommunity;
  let centreB: TestCommunity;
  let stranger: TestCommunity;
  let cseStaff: Client;
  let aResident: Client;
  let aResidentSocket: TestSocket;
  let aWatcherSocket: TestSocket;
  let strangerSocket: TestSocket;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    cse = await createCommunity(t, {
      kind: 'partner_organisation',
      name: 'Outillothèque du quartier',
    });
    centreA = await createCommunity(t, { name: 'Centre A' });
    centreB = await createCommunity(t, { name: 'Centre B' });
    stranger = await createCommunity(t, { name: 'Centre sans partenariat' });
    await partner(t, cse, centreA);
    await partner(t, cse, centreB);
    cseStaff = await memberClient(t, cse, 'staff');
    const resident = await createMember(t, centreA, 'resident', 'Karim Benali');
    aResident = await logIn(t, resident);
    aResidentSocket = await connectSocket(url, await sessionCookie(t, resident));
    const watcher = await createMember(t, centreA, 'resident');
    aWatcherSocket = await connectSocket(url, await sessionCookie(t, watcher));
    expect(await follow(aWatcherSocket, centreA.id)).toEqual({ ok: true });
    const outsider = await createMember(t, stranger, 'resident');
    strangerSocket = await connectSocket(url, await sessionCookie(t, outsider));
    expect(await follow(strangerSocket, stranger.id)).toEqual({ ok: true });
    sockets.push(aResidentSocket, aWatcherSocket, strangerSocket);
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  const publish = async (overrides: Record<string, unknown> = {}) =>
    (
      await ok(
        cseStaff.gql<{ publishOffer: { id: string } }>(PUBLISH, {
          c: cse.id,
          i: offerInput(overrides),
        }),
      )
    ).publishOffer.id;

  const claim = (offerId: string, quantity = 1) =>
    ok(
      aResident.gql<Claimed>(CLAIM, {
        c: centreA.id,
        i: { offerId, quantity, shareConsent: true },
      }),
    );

  it('tells partners’ members of a new offer, and the count live to those who see it', async () => {
    const notice = nextMessage(aResidentSocket, 'notification:new');
    const offerId = await publish({ title: 'Places de cinéma' });
    expect((await notice).notification).toMatchObject({
      kind: 'sharing_offer_new',
      link: `/c/${centreA.slug}/partenaires/${offerId}`,
    });
    expect((await notice).notification.text).toMatch(/Outillothèque du quartier.*Places de cinéma/);

    const live = nextMessage(aWatcherSocket, 'sharing:offer-remaining');
    const quiet = noMessage(strangerSocket, 'sharing:offer-remaining');
    await claim(offerId, 2);
    expect(await live).toEqual({ offerId, remaining: 8 });
    expect(await quiet).toBe(true);
  });

  it('the team hands over a claim; the claimant is told', async () => {
    const offerId = await publish({ title: 'Billets de théâtre' });
    const claimed = await claim(offerId);
    const claimId = claimed.claimOffer.myClaims[0].id;
    // Another community's team cannot act on it, nor a partner's team.
    const aStaff = await memberClient(t, centreA, 'staff');
    const foreign = await aStaff.gql(HAND_OVER, { c: centreA.id, k: claimId });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const notice = nextMessage(aResidentSocket, 'notification:new');
    const handed = await ok(
      cseStaff.gql<{ handOverClaim: { status: string; dueOn: null } }>(HAND_OVER, {
        c: cse.id,
        k: claimId,
      }),
    );
    expect(handed.handOverClaim).toMatchObject({ status: 'handed_over', dueOn: null });
    expect((await notice).notification.kind).toBe('sharing_claim_confirmed');
    const twice = await cseStaff.gql(HAND_OVER, { c: cse.id, k: claimId });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    // Handed over: it can no longer be cancelled.
    const late = await cseStaff.gql(CANCEL, { c: cse.id, k: claimId });
    expect(late.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('the team cancels a claim: the units return, live, and the claimant is told', async () => {
    const offerId = await publish({ title: 'Places au concert', quantity: 3 });
    const claimed = await claim(offerId, 2);
    expect(claimed.claimOffer.offer.remaining).toBe(1);
    const live = nextMessage(aWatcherSocket, 'sharing:offer-remaining');
    const notice = nextMessage(aResidentSocket, 'notification:new');
    const cancelled = await ok(
      cseStaff.gql<{ cancelOfferClaim: { status: string } }>(CANCEL, {
        c: cse.id,
        k: claimed.claimOffer.myClaims[0].id,
      }),
    );
    expect(cancelled.cancelOfferClaim.status).toBe('cancelled');
    expect(await live).toEqual({ offerId, remaining: 3 });
    expect((await notice).notification.kind).toBe('sharing_claim_cancelled');
  });

  it('the claimant may cancel their own claim before the hand-over', async () => {
    const offerId = await publish({ title: 'Places à la piscine', quantity: 4 });
    const claimed = await claim(offerId, 2);
    const other = await memberClient(t, centreA, 'resident');
    const notTheirs = await other.gql(CANCEL_MINE, {
      c: centreA.id,
      k: claimed.claimOffer.myClaims[0].id,
    });
    expect(notTheirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await ok(aResident.gql(CANCEL_MINE, { c: centreA.id, k: claimed.claimOffer.myClaims[0].id }));
    const [row] = await t.query<{ remaining: number }>(
      `SELECT remaining FROM sharing_offer WHERE id = $1`,
      [offerId],
    );
    expect(row.remaining).toBe(4);
  });

  it('a lending needs a due date at hand-over, then the return is marked', async () => {
    const offerId = await publish({
      title: 'Perceuse à percussion',
      kind: 'lending',
      quantity: 1,
      perMemberLimit: 1,
    });
    const claimed = await claim(offerId);
    const claimId = claimed.claimOffer.myClaims[0].id;
    const noDate = await cseStaff.gql(HAND_OVER, { c: cse.id, k: claimId });
    expect(noDate.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'dueOn',
      code: 'required',
    });
    const early = await cseStaff.gql(RETURNED, { c: cse.id, k: claimId });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    await ok(cseStaff.gql(HAND_OVER, { c: cse.id, k: claimId, d: '2026-12-15' }));
    const mine = await ok(
      aResident.gql<{ mySharingClaims: { id: string; status: string; dueOn: string }[] }>(
        MY_CLAIMS,
        { c: centreA.id },
      ),
    );
    expect(mine.mySharingClaims.find((k) => k.id === claimId)).toMatchObject({
      status: 'handed_over',
      dueOn: '2026-12-15',
    });
    const back = await ok(
      cseStaff.gql<{ markClaimReturned: { status: string } }>(RETURNED, { c: cse.id, k: claimId }),
    );
    expect(back.markClaimReturned.status).toBe('returned');
    const team = await ok(
      cseStaff.gql<{ ourOffer: { claims: { status: string; claimantName: string }[] } }>(
        OUR_OFFER,
        { c: cse.id, o: offerId },
      ),
    );
    expect(team.ourOffer.claims[0]).toMatchObject({
      status: 'returned',
      claimantName: 'Karim Benali',
    });
  });

  it('a partner hides a reported offer for its own members only; the offering team everywhere', async () => {
    const offerId = await publish({ title: 'Offre signalée' });
    const aBuilder = await memberClient(t, centreA, 'builder');
    const aStaff = await memberClient(t, centreA, 'staff');
    const bResident = await memberClient(t, centreB, 'resident');
    const item = { itemType: 'shared_offer', itemId: offerId };
    await ok(aResident.gql(REPORT, { c: centreA.id, i: { ...item, reason: 'spam' } }));
    // A stranger cannot report what they cannot see.
    const strangerResident = await memberClient(t, stranger, 'resident');
    const blind = await strangerResident.gql(REPORT, {
      c: stranger.id,
      i: { ...item, reason: 'spam' },
    });
    expect(blind.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const queue = await ok(
      aBuilder.gql<{ moderationQueue: { item: { id: string; authorName: string } }[] }>(
        `query($c: ID!) { moderationQueue(communityId: $c) { item { id authorName } } }`,
        { c: centreA.id },
      ),
    );
    expect(queue.moderationQueue.find((q) => q.item.id === offerId)?.item.authorName).toBe(
      'Outillothèque du quartier',
    );
    const decision = { ...item, action: 'hide', reason: 'Hors sujet pour notre centre' };
    const byStaff = await aStaff.gql(MODERATE, { c: centreA.id, i: decision });
    expect(byStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A's builder cannot decide for B.
    const forB = await aBuilder.gql(MODERATE, { c: centreB.id, i: decision });
    expect(forB.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await ok(aBuilder.gql(MODERATE, { c: centreA.id, i: decision }));

    const listed = async (client: Client, c: TestCommunity) =>
      (
        await ok(client.gql<{ partnerOffers: { id: string }[] }>(PARTNER_OFFERS, { c: c.id }))
      ).partnerOffers.some((o) => o.id === offerId);
    expect(await listed(aResident, centreA)).toBe(false);
    expect(await listed(bResident, centreB)).toBe(true);
    const blocked = await aResident.gql(CLAIM, {
      c: centreA.id,
      i: { offerId, quantity: 1, shareConsent: true },
    });
    expect(blocked.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [offer] = await t.query<{ hidden_at: Date | null }>(
      `SELECT hidden_at FROM sharing_offer WHERE id = $1`,
      [offerId],
    );
    expect(offer.hidden_at).toBeNull();

    // The offering community's builder hides it for everyone.
    const cseBuilder = await memberClient(t, cse, 'builder');
    await ok(cseBuilder.gql(MODERATE, { c: cse.id, i: { ...decision, reason: 'Erreur' } }));
    expect(await listed(bResident, centreB)).toBe(false);
  });
});

describe('sharing: retention of the names and contacts the offering team received', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('anonymises claims of offers ended long ago, except objects still lent; counts stay', async () => {
    const cse = await createCommunity(t, { kind: 'partner_organisation' });
    const centre = await createCommunity(t);
    await partner(t, cse, centre);
    const staff = await memberClient(t, cse, 'staff');
    const resident = await memberClient(t, centre, 'resident', 'Nom à oublier');
    const publish = async (kind: string) =>
      (
        await ok(
          staff.gql<{ publishOffer: { id: string } }>(PUBLISH, {
            c: cse.id,
            i: offerInput({ kind, title: `Offre ${kind}` }),
          }),
        )
      ).publishOffer.id;
    const tickets = await publish('tickets');
    const tool = await publish('lending');
    for (const offerId of [tickets, tool])
      await ok(
        resident.gql(CLAIM, { c: centre.id, i: { offerId, quantity: 1, shareConsent: true } }),
      );
    const [lent] = await t.query<{ id: string }>(
      `SELECT id FROM sharing_claim WHERE offer_id = $1`,
      [tool],
    );
    await ok(staff.gql(HAND_OVER, { c: cse.id, k: lent.id, d: '2030-01-01' }));
    await t.query(
      `UPDATE sharing_offer SET expires_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])`,
      [[tickets, tool]],
    );
    const rule = t.app
      .get(PrivacyRegistry)
      .retentionRules()
      .find((r) => r.key === 'sharing_claims')!;
    const db = t.app.get<DataSource>(getDataSourceToken());
    const purged = await db.transaction((manager) =>
      rule.purge(manager, {
        communityId: cse.id,
        cutoff: new Date(Date.now() - rule.defaultDays * 86_400_000),
      }),
    );
    expect(purged).toBe(1);
    const rows = await t.query<{
      offer_id: string;
      claimant_name: string | null;
      quantity: number;
    }>(
      `SELECT offer_id, claimant_name, quantity FROM sharing_claim WHERE offer_id = ANY($1::uuid[])`,
      [[tickets, tool]],
    );
    expect(rows.find((r) => r.offer_id === tickets)).toMatchObject({
      claimant_name: null,
      quantity: 1,
    });
    expect(rows.find((r) => r.offer_id === tool)?.claimant_name).toBe('Nom à oublier');
  });
});
