import { createCommunity, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import {
  CLAIM,
  memberClient,
  offerInput,
  ok,
  OUR_OFFER,
  PARTNER_OFFER,
  PARTNER_OFFERS,
  partner,
  PUBLISH,
} from './sharing-fixtures';

interface Offer {
  id: string;
  offeringCommunityName: string;
  remaining: number;
  audience: { id: string; name: string }[];
}

describe('sharing: offers to partners, who sees them, claims under concurrency', () => {
  let t: TestApp;
  let cse: TestCommunity;
  let centreA: TestCommunity;
  let centreB: TestCommunity;
  let stranger: TestCommunity;
  let cseStaff: Client;
  let cseResident: Client;
  let aResident: Client & { accountId: string };
  let aStaff: Client;
  let aBuilder: Client;
  let bResident: Client;
  let strangerResident: Client;
  let partnershipA: string;

  beforeAll(async () => {
    t = await startTestApp();
    cse = await createCommunity(t, {
      kind: 'partner_organisation',
      name: 'CSE Transports Urbains',
    });
    centreA = await createCommunity(t, { name: 'Centre A' });
    centreB = await createCommunity(t, { name: 'Centre B' });
    stranger = await createCommunity(t, { name: 'Centre sans partenariat' });
    partnershipA = await partner(t, cse, centreA);
    await partner(t, centreB, cse);
    cseStaff = await memberClient(t, cse, 'staff', 'Gestionnaire du CSE');
    cseResident = await memberClient(t, cse, 'resident');
    aResident = await memberClient(t, centreA, 'resident', 'Amina Diallo');
    aStaff = await memberClient(t, centreA, 'staff');
    aBuilder = await memberClient(t, centreA, 'builder');
    bResident = await memberClient(t, centreB, 'resident');
    strangerResident = await memberClient(t, stranger, 'resident');
  });
  afterAll(() => t.close());

  const publish = async (overrides: Record<string, unknown> = {}) =>
    (
      await ok(
        cseStaff.gql<{ publishOffer: Offer }>(PUBLISH, { c: cse.id, i: offerInput(overrides) }),
      )
    ).publishOffer;

  const listed = async (client: Client, communityId: string, offerId: string) => {
    const res = await client.gql<{ partnerOffers: { id: string }[] }>(PARTNER_OFFERS, {
      c: communityId,
    });
    if (res.errors) return res.errors[0].extensions?.code;
    return res.data!.partnerOffers.some((o) => o.id === offerId);
  };

  it('only the team publishes, with clear messages for bad input', async () => {
    const res = await cseResident.gql(PUBLISH, { c: cse.id, i: offerInput() });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await cseStaff.gql(PUBLISH, {
      c: cse.id,
      i: offerInput({ quantity: 3, perMemberLimit: 5, title: ' ' }),
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0].extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['perMemberLimit', 'title']);
    const past = await cseStaff.gql(PUBLISH, {
      c: cse.id,
      i: offerInput({ expiresAt: new Date(Date.now() - 1000).toISOString() }),
    });
    expect(past.errors?.[0].message).toMatch(/date de fin/);
    const notOurs = await cseStaff.gql(PUBLISH, {
      c: cse.id,
      i: offerInput({ partnershipIds: ['00000000-0000-4000-8000-000000000000'] }),
    });
    expect(notOurs.errors?.[0].extensions?.fields?.[0].field).toBe('partnershipIds');
    const noPartner = await memberClient(t, stranger, 'staff');
    const lonely = await noPartner.gql(PUBLISH, { c: stranger.id, i: offerInput() });
    expect(lonely.errors?.[0].message).toMatch(/pas encore de partenaire/);
  });

  it('an offer to every partner is seen by their members and the offering team only', async () => {
    const offer = await publish();
    expect(offer.offeringCommunityName).toBe('CSE Transports Urbains');
    expect(offer.audience.map((a) => a.name).sort()).toEqual(['Centre A', 'Centre B']);
    // Members of addressed partners, whatever their role.
    for (const client of [aResident, aStaff, aBuilder])
      expect(await listed(client, centreA.id, offer.id)).toBe(true);
    expect(await listed(bResident, centreB.id, offer.id)).toBe(true);
    // A member of a community without partnership: not listed, not readable, not claimable.
    expect(await listed(strangerResident, stranger.id, offer.id)).toBe(false);
    const read = await strangerResident.gql(PARTNER_OFFER, { c: stranger.id, o: offer.id });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const claim = await strangerResident.gql(CLAIM, {
      c: stranger.id,
      i: { offerId: offer.id, quantity: 1, shareConsent: true },
    });
    expect(claim.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // …nor by naming a partner community they do not belong to.
    const borrowed = await strangerResident.gql(PARTNER_OFFERS, { c: centreA.id });
    expect(borrowed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A visitor is asked to log in.
    const visitor = await t.gql(PARTNER_OFFERS, { c: centreA.id });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // In the offering community: the team sees it with its claims; a resident does not.
    const team = await cseStaff.gql(OUR_OFFER, { c: cse.id, o: offer.id });
    expect(team.errors).toBeUndefined();
    const resident = await cseResident.gql(OUR_OFFER, { c: cse.id, o: offer.id });
    expect(resident.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await listed(cseResident, cse.id, offer.id)).toBe(false);
    // A partner's team cannot read the claims of the offer.
    const partnerTeam = await aStaff.gql(OUR_OFFER, { c: centreA.id, o: offer.id });
    expect(partnerTeam.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('an offer to chosen partners is seen by those only', async () => {
    const offer = await publish({ title: 'Sortie au zoo', partnershipIds: [partnershipA] });
    expect(offer.audience.map((a) => a.name)).toEqual(['Centre A']);
    expect(await listed(aResident, centreA.id, offer.id)).toBe(true);
    expect(await listed(bResident, centreB.id, offer.id)).toBe(false);
    const read = await bResident.gql(PARTNER_OFFER, { c: centreB.id, o: offer.id });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a claim needs the consent to share one’s name and contact, which the team then sees', async () => {
    const offer = await publish({ quantity: 5 });
    const refused = await aResident.gql(CLAIM, {
      c: centreA.id,
      i: { offerId: offer.id, quantity: 1, shareConsent: false },
    });
    expect(refused.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'shareConsent',
      code: 'not_accepted',
    });
    const claimed = await ok(
      aResident.gql<{ claimOffer: { canClaim: number; offer: { remaining: number } } }>(CLAIM, {
        c: centreA.id,
        i: { offerId: offer.id, quantity: 2, shareConsent: true },
      }),
    );
    expect(claimed.claimOffer).toMatchObject({ canClaim: 0, offer: { remaining: 3 } });
    const third = await aResident.gql(CLAIM, {
      c: centreA.id,
      i: { offerId: offer.id, quantity: 1, shareConsent: true },
    });
    expect(third.errors?.[0].message).toMatch(/2 au plus/);
    const team = await ok(
      cseStaff.gql<{
        ourOffer: {
          claims: { claimantName: string; claimantCommunityName: string; quantity: number }[];
        };
      }>(OUR_OFFER, { c: cse.id, o: offer.id }),
    );
    expect(team.ourOffer.claims).toEqual([
      expect.objectContaining({
        claimantName: 'Amina Diallo',
        claimantCommunityName: 'Centre A',
        quantity: 2,
      }),
    ]);
  });

  it('100 concurrent claims on 10 units grant exactly 10, one per person, and refuse the others clearly', async () => {
    const offer = await publish({ title: 'Places du match', quantity: 10, perMemberLimit: 1 });
    const claimants = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        memberClient(t, i % 2 ? centreA : centreB, 'resident', `Habitant ${i}`).then((c) => ({
          client: c,
          community: i % 2 ? centreA : centreB,
        })),
      ),
    );
    // Each person sends two claims at once: 100 concurrent claims.
    const results = await Promise.all(
      [...claimants, ...claimants].map(({ client, community }) =>
        client.gql(CLAIM, {
          c: community.id,
          i: { offerId: offer.id, quantity: 1, shareConsent: true },
        }),
      ),
    );
    const granted = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(granted).toHaveLength(10);
    expect(refused).toHaveLength(90);
    for (const r of refused) {
      expect(r.errors![0].extensions?.code).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/Il n’en reste plus|au plus/);
    }
    const [row] = await t.query<{ remaining: number; claimed: number; people: number }>(
      `SELECT o.remaining, (SELECT sum(quantity)::int FROM sharing_claim WHERE offer_id = o.id AND status <> 'cancelled') AS claimed,
              (SELECT count(DISTINCT claimant_account_id)::int FROM sharing_claim WHERE offer_id = o.id) AS people
         FROM sharing_offer o WHERE o.id = $1`,
      [offer.id],
    );
    expect(row).toEqual({ remaining: 0, claimed: 10, people: 10 });
  });

  it('the per-person limit holds under concurrency too', async () => {
    const offer = await publish({ title: 'Tickets de bus', quantity: 30, perMemberLimit: 3 });
    const person = await memberClient(t, centreB, 'resident');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        person.gql(CLAIM, {
          c: centreB.id,
          i: { offerId: offer.id, quantity: 1, shareConsent: true },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.find((r) => r.errors)?.errors?.[0].message).toMatch(/3 au plus/);
    const [row] = await t.query<{ remaining: number }>(
      `SELECT remaining FROM sharing_offer WHERE id = $1`,
      [offer.id],
    );
    expect(row.remaining).toBe(27);
  });

  it('a withdrawn or expired offer leaves the list and refuses claims', async () => {
    const claimOne = (offerId: string) =>
      aResident.gql(CLAIM, { c: centreA.id, i: { offerId, quantity: 1, shareConsent: true } });
    const withdrawn = await publish({ title: 'Offre retirée' });
    await ok(
      cseStaff.gql(
        `mutation($c: ID!, $o: ID!) { withdrawOffer(communityId: $c, offerId: $o) { withdrawn } }`,
        { c: cse.id, o: withdrawn.id },
      ),
    );
    const expired = await publish({ title: 'Offre terminée' });
    await t.query(
      `UPDATE sharing_offer SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [expired.id],
    );
    for (const offer of [withdrawn, expired]) {
      expect(await listed(aResident, centreA.id, offer.id)).toBe(false);
      const res = await claimOne(offer.id);
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/terminée/);
    }
  });

  it('the database refuses a negative count', async () => {
    const offer = await publish({ quantity: 1, perMemberLimit: 1 });
    await expect(
      t.query(`UPDATE sharing_offer SET remaining = remaining - 2 WHERE id = $1`, [offer.id]),
    ).rejects.toThrow(/sharing_offer_remaining/);
  });

  it('an ended partnership hides the partner’s offers', async () => {
    const centreC = await createCommunity(t, { name: 'Centre C' });
    const id = await partner(t, centreC, cse);
    const cResident = await memberClient(t, centreC, 'resident');
    const offer = await publish({ title: 'Offre pour C' });
    expect(await listed(cResident, centreC.id, offer.id)).toBe(true);
    await t.query(
      `UPDATE sharing_partnership SET status = 'ended', ended_at = now() WHERE id = $1`,
      [id],
    );
    expect(await listed(cResident, centreC.id, offer.id)).toBe(false);
  });
});
