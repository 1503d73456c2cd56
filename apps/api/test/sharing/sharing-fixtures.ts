import { PartnershipsService } from '@palier/server-sharing';
import type { Viewer } from '@palier/server-core';
import { createMember, logIn, type TestCommunity } from '../factories';
import type { Client, TestApp } from '../test-app';

export const OFFER_FIELDS = `id offeringCommunityId offeringCommunityName title kind quantity remaining perMemberLimit closed allPartners`;

export const PUBLISH = `mutation($c: ID!, $i: OfferInput!) { publishOffer(communityId: $c, input: $i) { ${OFFER_FIELDS} audience { id name } toHandOver } }`;
export const CLAIM = `mutation($c: ID!, $i: ClaimInput!) { claimOffer(communityId: $c, input: $i) { canClaim offer { remaining } myClaims { id quantity status } } }`;
export const PARTNER_OFFERS = `query($c: ID!) { partnerOffers(communityId: $c) { ${OFFER_FIELDS} } }`;
export const PARTNER_OFFER = `query($c: ID!, $o: ID!) { partnerOffer(communityId: $c, offerId: $o) { canClaim offer { ${OFFER_FIELDS} } myClaims { id quantity status dueOn } } }`;
export const OUR_OFFER = `query($c: ID!, $o: ID!) { ourOffer(communityId: $c, offerId: $o) { offer { ${OFFER_FIELDS} toHandOver } claims { id claimantName claimantContact claimantCommunityName quantity status dueOn } } }`;

const viewer = (accountId: string) => ({ accountId }) as Viewer;

/** Makes two communities partners (through the service, as their admins would). */
export async function partner(t: TestApp, a: TestCommunity, b: TestCommunity): Promise<string> {
  const service = t.app.get(PartnershipsService);
  const [adminA] = await t.query<{ account_id: string }>(
    `SELECT account_id FROM membership WHERE community_id = $1 AND role = 'admin' LIMIT 1`,
    [a.id],
  );
  const [adminB] = await t.query<{ account_id: string }>(
    `SELECT account_id FROM membership WHERE community_id = $1 AND role = 'admin' LIMIT 1`,
    [b.id],
  );
  const asked = await service.request(viewer(adminA.account_id), a.id, {
    partnerCommunityId: b.id,
  });
  await service.answer(viewer(adminB.account_id), b.id, asked.id, true);
  return asked.id;
}

export function offerInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Places de cinéma à 4 €',
    description: 'Séances au cinéma Le Méliès, du lundi au jeudi.',
    conditions: 'À retirer à l’accueil du CSE avec sa carte de membre.',
    kind: 'tickets',
    quantity: 10,
    perMemberLimit: 2,
    expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    ...overrides,
  };
}

export async function memberClient(
  t: TestApp,
  community: TestCommunity,
  role: 'resident' | 'staff' | 'builder' | 'admin',
  name?: string,
): Promise<Client & { accountId: string }> {
  const account = await createMember(t, community, role, name);
  return Object.assign(await logIn(t, account), { accountId: account.id });
}

export async function ok<T>(res: Promise<{ data?: T; errors?: unknown[] }>): Promise<T> {
  const { data, errors } = await res;
  if (errors) throw new Error(JSON.stringify(errors));
  return data!;
}
