import type { webcrypto } from 'node:crypto';
import { Create, importJwk, Page, PropertyValue, signRequest } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import { createCommunity, type TestCommunity } from '../factories';
import { memberClient, offerInput, ok, partner, PUBLISH } from '../sharing/sharing-fixtures';
import type { Client } from '../test-app';
import type { TestDatabase } from '../test-database';
import { actorUrl, partnerAcrossServers, remoteCommunity, remoteMember } from './remote-fixtures';
import { eventually, secondDatabase, startServer, type Server } from './two-servers';

const AS = 'application/activity+json';
const NONE_LEFT = 'Il n’en reste plus : tout a déjà été demandé.';

const OFFER = `id offeringCommunityId offeringCommunityName title description conditions kind quantity remaining perMemberLimit closed photoUrl`;
const PARTNER_OFFERS = `query($c: ID!) { partnerOffers(communityId: $c) { ${OFFER} } }`;
const PARTNER_OFFER = `query($c: ID!, $o: ID!) { partnerOffer(communityId: $c, offerId: $o) { canClaim offer { ${OFFER} } myClaims { id quantity status refusedReason offeringCommunityName } } }`;
const CLAIM = `mutation($c: ID!, $i: ClaimInput!) { claimOffer(communityId: $c, input: $i) { myClaims { id status } } }`;
const CANCEL_MINE = `mutation($c: ID!, $k: ID!) { cancelMySharingClaim(communityId: $c, claimId: $k) { id status } }`;
const UPDATE = `mutation($c: ID!, $o: ID!, $i: OfferUpdateInput!) { updateOffer(communityId: $c, offerId: $o, input: $i) { id title quantity remaining } }`;
const WITHDRAW = `mutation($c: ID!, $o: ID!) { withdrawOffer(communityId: $c, offerId: $o) { id } }`;
const OUR_OFFER = `query($c: ID!, $o: ID!) { ourOffer(communityId: $c, offerId: $o) { offer { remaining quantity } claims { id claimantName claimantContact claimantCommunityName quantity status } } }`;
const CANCEL_CLAIM = `mutation($c: ID!, $k: ID!) { cancelOfferClaim(communityId: $c, claimId: $k) { id status } }`;

interface Offer {
  id: string;
  offeringCommunityId: string | null;
  offeringCommunityName: string;
  title: string;
  description: string;
  conditions: string;
  quantity: number;
  remaining: number;
  perMemberLimit: number;
  closed: boolean;
  photoUrl: string | null;
}
interface MyClaim {
  id: string;
  quantity: number;
  status: string;
  refusedReason: string | null;
  offeringCommunityName: string;
}
interface Detail {
  canClaim: number;
  offer: Offer;
  myClaims: MyClaim[];
}
interface OurOffer {
  offer: { remaining: number; quantity: number };
  claims: {
    id: string;
    claimantName: string | null;
    claimantContact: string | null;
    claimantCommunityName: string;
    quantity: number;
    status: string;
  }[];
}

/**
 * Offers across servers: community A (server 127.0.0.1) publishes to its partner B (server
 * 127.0.0.2, reached only through GraphQL, HTTP and SQL); B's members claim; A alone holds the
 * count.
 */
describe('federation: offers and claims between two Palier servers', () => {
  let a: Server;
  let b: Server;
  let dbB: TestDatabase;
  let centreA: TestCommunity;
  /** A partner of A on server A (its members claim there). */
  let neighbourA: TestCommunity;
  let centreB: TestCommunity;
  let otherB: TestCommunity;
  let adminA: Client;
  let staffA: Client;
  let residentB: Awaited<ReturnType<typeof remoteMember>>;
  let adminB: Client;
  let partnershipOnB: string;

  beforeAll(async () => {
    dbB = await secondDatabase();
    a = await startServer('127.0.0.1');
    b = await startServer('127.0.0.2', dbB);
    centreA = await createCommunity(a.t, { name: 'Centre social des Lilas' });
    adminA = await memberClient(a.t, centreA, 'admin');
    staffA = await memberClient(a.t, centreA, 'staff');
    neighbourA = await createCommunity(a.t, { name: 'Maison de quartier du Centre' });
    await partner(a.t, centreA, neighbourA);
    centreB = await remoteCommunity(b, 'CSE Transports du Nord');
    otherB = await remoteCommunity(b, 'Maison des associations');
    adminB = await remoteMember(b, centreB, 'admin');
    residentB = await remoteMember(b, centreB, 'resident', 'Nadia Bensaïd');
    ({ onB: partnershipOnB } = await partnerAcrossServers(a, centreA, adminA, b, centreB, adminB));
  }, 90_000);
  afterAll(async () => {
    await a?.t.close();
    await b?.t.close();
    await dbB?.drop();
  });

  const publish = async (overrides: Record<string, unknown>) =>
    (
      await ok(
        staffA.gql<{ publishOffer: { id: string } }>(PUBLISH, {
          c: centreA.id,
          i: offerInput(overrides),
        }),
      )
    ).publishOffer.id;
  /** The offer as B's member sees it (its id on B), once it arrived. */
  const onB = (title: string, client: Client = residentB, communityId = centreB.id) =>
    eventually(async () =>
      (
        await ok(client.gql<{ partnerOffers: Offer[] }>(PARTNER_OFFERS, { c: communityId }))
      ).partnerOffers.find((o) => o.title === title),
    );
  const detailOnB = async (client: Client, offerId: string) =>
    (await ok(client.gql<{ partnerOffer: Detail }>(PARTNER_OFFER, { c: centreB.id, o: offerId })))
      .partnerOffer;
  const ourOffer = async (offerId: string) =>
    (await ok(staffA.gql<{ ourOffer: OurOffer }>(OUR_OFFER, { c: centreA.id, o: offerId })))
      .ourOffer;
  const claimOnB = (client: Client, offerId: string, quantity = 1) =>
    client.gql<{ claimOffer: Detail }>(CLAIM, {
      c: centreB.id,
      i: { offerId, quantity, shareConsent: true },
    });
  /** B's member's claim once the offering server answered it. */
  const answeredOnB = (client: Client, offerId: string) =>
    eventually(async () => {
      const [claim] = (await detailOnB(client, offerId)).myClaims;
      return claim && claim.status !== 'pending' && claim;
    });

  let firstOnA: string;
  let firstOnB: string;

  it('an offer published by A to its partners appears on B, with A’s name, never public', async () => {
    firstOnA = await publish({
      title: 'Places de cinéma à 4 €',
      description: 'Séances <b>du lundi</b> & du jeudi\nà 20 h',
      conditions: 'À retirer à l’accueil avec sa carte.',
      quantity: 8,
      perMemberLimit: 1,
    });
    const offer = await onB('Places de cinéma à 4 €');
    firstOnB = offer.id;
    expect(offer).toMatchObject({
      offeringCommunityId: null,
      offeringCommunityName: 'Centre social des Lilas',
      description: 'Séances <b>du lundi</b> & du jeudi\nà 20 h',
      conditions: 'À retirer à l’accueil avec sa carte.',
      quantity: 8,
      remaining: 8,
      perMemberLimit: 1,
      closed: false,
      photoUrl: null,
    });
    // B's members were told, as for an offer of a partner on their own server.
    await eventually(async () => {
      const told = await b.t.query<{ data: { partner: string } }>(
        `SELECT data FROM notification WHERE kind = 'sharing_offer_new' AND account_id = $1`,
        [residentB.accountId],
      );
      return told.some((n) => n.data.partner === 'Centre social des Lilas');
    });
    // Another community of server B, not A's partner, does not see it.
    const otherMember = await remoteMember(b, otherB, 'resident');
    const other = await ok(
      otherMember.gql<{ partnerOffers: Offer[] }>(PARTNER_OFFERS, { c: otherB.id }),
    );
    expect(other.partnerOffers).toEqual([]);
    // The offer object is not served to anyone (only pushed to the partner).
    const res = await fetch(`${actorUrl(a, centreA)}/offers/${firstOnA}`, {
      headers: { accept: AS },
    });
    expect(res.status).toBe(404);
  });

  it('an update on A (title, quantity) is seen on B', async () => {
    await ok(
      staffA.gql(UPDATE, {
        c: centreA.id,
        o: firstOnA,
        i: {
          title: 'Places de cinéma à 3 €',
          description: 'Séances du lundi au jeudi.',
          conditions: '',
          quantity: 10,
          perMemberLimit: 1,
          expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      }),
    );
    const offer = await onB('Places de cinéma à 3 €');
    expect(offer).toMatchObject({ id: firstOnB, quantity: 10, remaining: 10, conditions: '' });
  });

  it('30 members on B and 30 on A (of A’s partners there) claiming at once never get more than the 10 units', async () => {
    const membersB = await Promise.all(
      Array.from({ length: 30 }, (_, i) => remoteMember(b, centreB, 'resident', `Membre B ${i}`)),
    );
    const membersA = await Promise.all(
      Array.from({ length: 30 }, () => memberClient(a.t, neighbourA, 'resident')),
    );
    const viaA = membersA.map((m) =>
      m.gql(
        `mutation($c: ID!, $i: ClaimInput!) { claimOffer(communityId: $c, input: $i) { canClaim } }`,
        { c: neighbourA.id, i: { offerId: firstOnA, quantity: 1, shareConsent: true } },
      ),
    );
    const viaB = membersB.map((m) => claimOnB(m, firstOnB));
    const [resultsA, resultsB] = await Promise.all([Promise.all(viaA), Promise.all(viaB)]);
    // Members of A get their answer at once; refusals say why, in French.
    const grantedA = resultsA.filter((r) => !r.errors).length;
    for (const r of resultsA.filter((r) => r.errors)) expect(r.errors?.[0].message).toBe(NONE_LEFT);
    // Members of B: pending until A answers (or refused at once once B knows none are left).
    for (const r of resultsB.filter((r) => r.errors)) expect(r.errors?.[0].message).toBe(NONE_LEFT);
    const sentB = membersB.filter((_, i) => !resultsB[i].errors);
    // Once A answered every claim sent, each member of B sees the answer.
    await eventually(async () => {
      const [{ pending }] = await b.t.query<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM sharing_claim WHERE offer_id = $1 AND status = 'pending'`,
        [firstOnB],
      );
      return pending === 0;
    }, 60_000);
    const answers = await Promise.all(sentB.map((m) => answeredOnB(m, firstOnB)));
    const grantedB = answers.filter((k) => k.status === 'granted').length;
    for (const k of answers.filter((k) => k.status !== 'granted')) {
      expect(k.status).toBe('refused');
      expect(k.refusedReason).toBe(NONE_LEFT);
      expect(k.offeringCommunityName).toBe('Centre social des Lilas');
    }
    expect(grantedA + grantedB).toBe(10);
    // A holds the count: 10 claims granted, none left; B's granted claims are A's remote ones.
    const onA = await ourOffer(firstOnA);
    expect(onA.offer.remaining).toBe(0);
    expect(onA.claims.filter((k) => k.status === 'granted')).toHaveLength(10);
    const remote = onA.claims.filter((k) => k.claimantCommunityName === 'CSE Transports du Nord');
    expect(remote).toHaveLength(grantedB);
    // Only the consented name and contact of B's members reached A.
    const names = new Set(membersB.map((m) => m.displayName));
    for (const k of remote) {
      expect(names.has(k.claimantName ?? '')).toBe(true);
      expect(k.claimantContact).toMatch(/@exemple\.fr$/);
    }
    // B's mirror ends at 0 too.
    await eventually(async () => (await detailOnB(residentB, firstOnB)).offer.remaining === 0);
    const full = await claimOnB(residentB, firstOnB);
    expect(full.errors?.[0].message).toBe(NONE_LEFT);
    // The team cannot offer fewer than what is already claimed.
    const fewer = await staffA.gql(UPDATE, {
      c: centreA.id,
      o: firstOnA,
      i: {
        title: 'Places de cinéma à 3 €',
        quantity: 5,
        perMemberLimit: 1,
        expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    });
    expect(fewer.errors?.[0].message).toBe(
      '10 ont déjà été demandés : indiquez une quantité de 10 au moins.',
    );
  }, 180_000);

  it('a claim of B’s member is granted by A, and their cancel returns the unit on A', async () => {
    const onA = await publish({
      title: 'Prêt d’une perceuse',
      kind: 'lending',
      quantity: 1,
      perMemberLimit: 1,
    });
    const { id } = await onB('Prêt d’une perceuse');
    const claimed = await ok(claimOnB(residentB, id));
    // Sent: pending until the offering server answers.
    expect(claimed.claimOffer.myClaims[0].status).toBe('pending');
    const granted = await answeredOnB(residentB, id);
    expect(granted.status).toBe('granted');
    expect((await ourOffer(onA)).offer.remaining).toBe(0);
    // The member was told.
    await eventually(async () => {
      const told = await b.t.query<{ data: { granted: string } }>(
        `SELECT data FROM notification WHERE kind = 'sharing_claim_answered' AND account_id = $1`,
        [residentB.accountId],
      );
      return told.some((n) => n.data.granted === 'true');
    });
    const cancelled = await ok(
      residentB.gql<{ cancelMySharingClaim: MyClaim }>(CANCEL_MINE, {
        c: centreB.id,
        k: granted.id,
      }),
    );
    expect(cancelled.cancelMySharingClaim.status).toBe('cancelled');
    await eventually(async () => (await ourOffer(onA)).offer.remaining === 1);
    expect((await ourOffer(onA)).claims.map((k) => k.status)).toEqual(['cancelled']);
    await eventually(async () => (await detailOnB(residentB, id)).offer.remaining === 1);
  });

  it('A’s team cancelling a claim of B’s member cancels it on B', async () => {
    const onA = await publish({ title: 'Billets pour le match', quantity: 2 });
    const { id } = await onB('Billets pour le match');
    const member = await remoteMember(b, centreB, 'resident');
    await ok(claimOnB(member, id));
    expect((await answeredOnB(member, id)).status).toBe('granted');
    const [claim] = (await ourOffer(onA)).claims;
    await ok(staffA.gql(CANCEL_CLAIM, { c: centreA.id, k: claim.id }));
    await eventually(async () => (await detailOnB(member, id)).myClaims[0].status === 'cancelled');
    expect((await ourOffer(onA)).offer.remaining).toBe(2);
  });

  it('a withdrawal on A removes the offer on B', async () => {
    await ok(staffA.gql(WITHDRAW, { c: centreA.id, o: firstOnA }));
    await eventually(async () => {
      const { partnerOffers } = await ok(
        residentB.gql<{ partnerOffers: Offer[] }>(PARTNER_OFFERS, { c: centreB.id }),
      );
      return !partnerOffers.some((o) => o.id === firstOnB);
    });
    expect((await detailOnB(residentB, firstOnB)).offer.closed).toBe(true);
  });

  describe('forged and foreign activities', () => {
    const mirrors = async () =>
      (await b.t.query(`SELECT id FROM sharing_offer WHERE remote_actor_uri IS NOT NULL`)).length;
    /** A Create of an offer as A's server would write it (Fedify's JSON-LD, with its context). */
    const forgedOffer = (to: TestCommunity, attributedTo = actorUrl(a, centreA)) => {
      const uri = `${actorUrl(a, centreA)}/offers/${crypto.randomUUID()}`;
      const property = (name: string, value: string) => new PropertyValue({ name, value });
      return new Create({
        id: new URL(`${uri}#create/${crypto.randomUUID()}`),
        actor: new URL(actorUrl(a, centreA)),
        to: new URL(actorUrl(b, to)),
        object: new Page({
          id: new URL(uri),
          attribution: new URL(attributedTo),
          to: new URL(actorUrl(b, to)),
          name: 'Offre contrefaite',
          endTime: Temporal.Instant.from(new Date(Date.now() + 86_400_000).toISOString()),
          attachments: [
            property('palier:kind', 'tickets'),
            property('palier:quantity', '5'),
            property('palier:remaining', '5'),
            property('palier:perMemberLimit', '1'),
          ],
        }),
      }).toJsonLd();
    };

    it('refuses an unsigned or wrongly signed Create of an offer or Join (401), without effect', async () => {
      const before = await mirrors();
      const post = (server: Server, inbox: string, body: unknown, signature?: string) => {
        let req = server.t.http
          .post(inbox)
          .set('content-type', AS)
          .set('date', new Date().toUTCString());
        if (signature) req = req.set('signature', signature);
        return req.send(JSON.stringify(body));
      };
      const wrong = `keyId="${actorUrl(a, centreA)}#main-key",algorithm="rsa-sha256",headers="(request-target) host date",signature="${Buffer.from('forged').toString('base64')}"`;
      const inboxB = `/ap/communities/${centreB.slug}/inbox`;
      expect((await post(b, inboxB, await forgedOffer(centreB))).status).toBe(401);
      expect((await post(b, inboxB, await forgedOffer(centreB), wrong)).status).toBe(401);
      expect(await mirrors()).toBe(before);

      const claimsBefore = (await a.t.query(`SELECT id FROM sharing_claim`)).length;
      const join = {
        '@context': 'https://www.w3.org/ns/activitystreams',
        id: `${actorUrl(b, centreB)}#join/00000000-0000-4000-8000-000000000002`,
        type: 'Join',
        actor: actorUrl(b, centreB),
        object: `${actorUrl(a, centreA)}/offers/${firstOnA}`,
        attachment: [{ type: 'PropertyValue', name: 'palier:quantity', value: '1' }],
      };
      const inboxA = `/ap/communities/${centreA.slug}/inbox`;
      const wrongB = wrong.replace(actorUrl(a, centreA), actorUrl(b, centreB));
      expect((await post(a, inboxA, join)).status).toBe(401);
      expect((await post(a, inboxA, join, wrongB)).status).toBe(401);
      expect(await a.t.query(`SELECT id FROM sharing_claim`)).toHaveLength(claimsBefore);
    });

    it('ignores a correctly signed offer for a community that is not a partner, or not attributed to its sender', async () => {
      const before = await mirrors();
      // Signed with A's own key (read from A's database), as A's server would.
      const [key] = await a.t.query<{ private_jwk: webcrypto.JsonWebKey }>(
        `SELECT k.private_jwk FROM federation_key k WHERE k.community_id = $1 AND k.algorithm = 'RSASSA-PKCS1-v1_5'`,
        [centreA.id],
      );
      const actor = (await (
        await fetch(actorUrl(a, centreA), { headers: { accept: AS } })
      ).json()) as { publicKey: { id: string } };
      const send = async (to: TestCommunity, body: unknown) => {
        const request = new Request(`${actorUrl(b, to)}/inbox`, {
          method: 'POST',
          headers: { 'content-type': AS, accept: AS },
          body: JSON.stringify(body),
        });
        const signed = await signRequest(
          request,
          await importJwk(key.private_jwk, 'private'),
          new URL(actor.publicKey.id),
        );
        return (await fetch(signed)).status;
      };
      expect(await send(otherB, await forgedOffer(otherB))).toBeLessThan(300);
      expect(
        await send(centreB, await forgedOffer(centreB, 'http://127.0.0.9/ap/communities/x')),
      ).toBeLessThan(300);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await mirrors()).toBe(before);
      // (the same activity, correctly addressed and attributed, is kept: the check is not vacuous)
      expect(await send(centreB, await forgedOffer(centreB))).toBeLessThan(300);
      await eventually(async () => (await mirrors()) === before + 1);
    });
  });
  it('when the partnership ends, B’s members no longer see A’s offers', async () => {
    await publish({ title: 'Sortie au musée' });
    await onB('Sortie au musée');
    await ok(
      adminB.gql(
        `mutation($c: ID!, $p: ID!) { endPartnership(communityId: $c, partnershipId: $p) { id } }`,
        { c: centreB.id, p: partnershipOnB },
      ),
    );
    const { partnerOffers } = await ok(
      residentB.gql<{ partnerOffers: Offer[] }>(PARTNER_OFFERS, { c: centreB.id }),
    );
    expect(partnerOffers).toEqual([]);
  });
});
