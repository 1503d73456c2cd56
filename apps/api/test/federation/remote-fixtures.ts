import { createAccount, logIn, type TestCommunity } from '../factories';
import { ok } from '../sharing/sharing-fixtures';
import type { Client } from '../test-app';
import { eventually, type Server } from './two-servers';

/**
 * Fixtures for a server reached only through its public interface (GraphQL, HTTP, SQL): what
 * the two-server tests may use of the second server (`t.gql`, `t.agent()`, `t.query`, `url`).
 */

export const REQUEST_REMOTE = `mutation($c: ID!, $a: String!, $m: String) { requestRemotePartnership(communityId: $c, address: $a, message: $m) { id status requestedByUs partner { id name } } }`;
export const ANSWER = `mutation($c: ID!, $p: ID!, $a: Boolean!) { answerPartnership(communityId: $c, partnershipId: $p, accept: $a) { id status } }`;
export const LIST = `query($c: ID!) { partnerships(communityId: $c) { id status requestedByUs message partner { id name } } }`;

export interface Partnership {
  id: string;
  status: string;
  requestedByUs: boolean;
  message: string;
  partner: { id: string | null; name: string };
}

export const actorUrl = (server: Server, community: TestCommunity) =>
  `${server.url}/ap/communities/${community.slug}`;

export const partnershipsOf = async (client: Client, communityId: string) =>
  (await ok(client.gql<{ partnerships: Partnership[] }>(LIST, { c: communityId }))).partnerships;

/** A community made by a server admin through GraphQL. */
export async function remoteCommunity(server: Server, name: string): Promise<TestCommunity> {
  const admin = await logIn(server.t, await createAccount(server.t, { serverAdmin: true }));
  const slug = `centre-${Math.random().toString(16).slice(2, 10)}`;
  const { createCommunity } = await ok(
    admin.gql<{ createCommunity: TestCommunity }>(
      `mutation($i: NewCommunityInput!) { createCommunity(input: $i) { id slug name } }`,
      {
        i: {
          slug,
          name,
          kind: 'social_centre',
          presentation: 'Un centre pour les tests.',
          streetAddress: '1 rue de la Paix',
          postalCode: '59000',
          city: 'Lille',
          openingHours: [{ weekday: 1, opens: '09:00', closes: '18:00' }],
          admissionMode: 'approval',
        },
      },
    ),
  );
  return createCommunity;
}

/** A logged-in member of the community, admitted with the role, having accepted its texts. */
export async function remoteMember(
  server: Server,
  community: TestCommunity,
  role: 'resident' | 'staff' | 'builder' | 'admin',
  displayName?: string,
): Promise<Client & { accountId: string; displayName: string; email: string | null }> {
  const account = await createAccount(server.t, { displayName });
  await server.t.query(
    `INSERT INTO consent (account_id, community_id, kind, document_id, version, granted)
     SELECT $1, $2, d.kind, d.id, d.version, true
       FROM (SELECT DISTINCT ON (kind) id, kind, version FROM community_document
              WHERE community_id = $2 ORDER BY kind, version DESC) d`,
    [account.id, community.id],
  );
  await server.t.query(
    `INSERT INTO membership (community_id, account_id, role, status, decided_at) VALUES ($1, $2, $3, 'active', now())`,
    [community.id, account.id, role],
  );
  return Object.assign(await logIn(server.t, account), {
    accountId: account.id,
    displayName: account.displayName,
    email: account.email,
  });
}

/** Community A (on server a) asks community B (on server b); B accepts: active on both. */
export async function partnerAcrossServers(
  a: Server,
  centreA: TestCommunity,
  adminA: Client,
  b: Server,
  centreB: TestCommunity,
  adminB: Client,
): Promise<{ onA: string; onB: string }> {
  const asked = await ok(
    adminA.gql<{ requestRemotePartnership: Partnership }>(REQUEST_REMOTE, {
      c: centreA.id,
      a: actorUrl(b, centreB),
    }),
  );
  const seen = await eventually(async () =>
    (await partnershipsOf(adminB, centreB.id)).find(
      (p) => p.status === 'requested' && p.partner.name === centreA.name,
    ),
  );
  await ok(adminB.gql(ANSWER, { c: centreB.id, p: seen.id, a: true }));
  const onA = asked.requestRemotePartnership.id;
  await eventually(async () =>
    (await partnershipsOf(adminA, centreA.id)).find((p) => p.id === onA && p.status === 'active'),
  );
  return { onA, onB: seen.id };
}
