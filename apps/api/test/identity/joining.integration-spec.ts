import {
  createAccount,
  createCommunity,
  createMember,
  logIn,
  type TestCommunity,
} from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';

const JOIN = `mutation($c: ID!, $v: DocumentVersionsInput!) {
  joinCommunity(communityId: $c, accepted: $v) { memberships { id status role documentsToAccept community { id } } }
}`;
const V1 = { charterVersion: 1, privacyNoticeVersion: 1 };

type MembershipView = {
  id: string;
  status: string;
  role: string;
  documentsToAccept: string[];
  community: { id: string };
};
const mine = (memberships: MembershipView[], community: TestCommunity) =>
  memberships.find((m) => m.community.id === community.id);

describe('joining through the sas', () => {
  let t: TestApp;
  let approval: TestCommunity;
  let automatic: TestCommunity;
  let builder: Client;
  beforeAll(async () => {
    t = await startTestApp();
    approval = await createCommunity(t, { admissionMode: 'approval' });
    automatic = await createCommunity(t, { admissionMode: 'automatic' });
    builder = await logIn(t, await createMember(t, approval, 'builder', 'Leïla, bâtisseuse'));
  });
  afterAll(() => t.close());

  it('asks the builder when admission needs approval; the builder admits with a message; the member is told', async () => {
    const account = await createAccount(t, { displayName: 'Nouvelle habitante' });
    const visitor = await logIn(t, account);
    const res = await visitor.gql<{ joinCommunity: { memberships: MembershipView[] } }>(JOIN, {
      c: approval.id,
      v: V1,
    });
    expect(mine(res.data!.joinCommunity.memberships, approval)).toMatchObject({
      status: 'pending',
      role: 'resident',
    });

    // Pending: not yet a member for the guard.
    const members = await visitor.gql(
      `query($c: ID!) { members(communityId: $c) { edges { cursor } } }`,
      { c: approval.id },
    );
    expect(members.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const queue = await builder.gql<{ membershipRequests: { id: string; displayName: string }[] }>(
      `query($c: ID!) { membershipRequests(communityId: $c) { id displayName } }`,
      { c: approval.id },
    );
    const request = queue.data!.membershipRequests.find(
      (r) => r.displayName === 'Nouvelle habitante',
    )!;
    expect(request).toBeDefined();
    const decided = await builder.gql(
      `mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: true, message: "Bienvenue !") { status decisionMessage } }`,
      { c: approval.id, m: request.id },
    );
    expect(decided.data).toEqual({
      decideMembership: { status: 'active', decisionMessage: 'Bienvenue !' },
    });
    const twice = await builder.gql(
      `mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: false) { status } }`,
      {
        c: approval.id,
        m: request.id,
      },
    );
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    const me = await visitor.gql<{
      me: { memberships: (MembershipView & { decisionMessage: string })[] };
    }>(
      `{ me { memberships { id status role documentsToAccept decisionMessage community { id } } } }`,
    );
    expect(mine(me.data!.me.memberships, approval)).toMatchObject({
      status: 'active',
      decisionMessage: 'Bienvenue !',
    });
    const [email] = await t.query<{ subject: string; text_body: string }>(
      `SELECT subject, text_body FROM email_outbox WHERE to_address = $1 AND kind = 'membership_decided'`,
      [account.email],
    );
    expect(email.subject).toBe(
      `Bienvenue ! Vous faites maintenant partie de la communauté ${approval.name}. Message de l’équipe : « Bienvenue ! »`,
    );
    expect(email.text_body).toContain(`/c/${approval.slug}/espace`);
    const consents = await t.query(
      `SELECT kind, version FROM consent WHERE account_id = $1 ORDER BY kind`,
      [account.id],
    );
    expect(consents).toEqual([
      { kind: 'charter', version: 1 },
      { kind: 'privacy_notice', version: 1 },
    ]);
  });

  it('admits at once when admission is automatic', async () => {
    const visitor = await logIn(t, await createAccount(t));
    const res = await visitor.gql<{ joinCommunity: { memberships: MembershipView[] } }>(JOIN, {
      c: automatic.id,
      v: V1,
    });
    expect(mine(res.data!.joinCommunity.memberships, automatic)).toMatchObject({
      status: 'active',
    });
  });

  it('refuses to record acceptance of a version that is not the one in force', async () => {
    const visitor = await logIn(t, await createAccount(t));
    const res = await visitor.gql(JOIN, {
      c: automatic.id,
      v: { charterVersion: 7, privacyNoticeVersion: 1 },
    });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].message).toMatch(/relisez-la/);
  });

  it('a declined person may ask again', async () => {
    const account = await createAccount(t);
    const visitor = await logIn(t, account);
    await visitor.gql(JOIN, { c: approval.id, v: V1 });
    const [m] = await t.query<{ id: string }>(`SELECT id FROM membership WHERE account_id = $1`, [
      account.id,
    ]);
    await builder.gql(
      `mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: false, message: "Passez nous voir") { id } }`,
      {
        c: approval.id,
        m: m.id,
      },
    );
    const again = await visitor.gql<{ joinCommunity: { memberships: MembershipView[] } }>(JOIN, {
      c: approval.id,
      v: V1,
    });
    expect(mine(again.data!.joinCommunity.memberships, approval)).toMatchObject({
      status: 'pending',
    });
  });

  it('asks members to accept a new version of the charter, once', async () => {
    const member = await createMember(t, automatic, 'resident');
    const admin = await logIn(t, await createMember(t, automatic, 'admin'));
    const client = await logIn(t, member);
    await admin.gql(
      `mutation($c: ID!) { publishDocument(communityId: $c, kind: charter, input: { summary: "Nouveau", body: "Nouvelle charte" }) { version } }`,
      {
        c: automatic.id,
      },
    );
    const me = await client.gql<{ me: { memberships: MembershipView[] } }>(
      `{ me { memberships { id status role documentsToAccept community { id } } } }`,
    );
    expect(mine(me.data!.me.memberships, automatic)?.documentsToAccept).toEqual(['charter']);
    const accepted = await client.gql<{
      acceptCommunityDocuments: { memberships: MembershipView[] };
    }>(
      `mutation($c: ID!) { acceptCommunityDocuments(communityId: $c, accepted: { charterVersion: 2, privacyNoticeVersion: 1 }) { memberships { id status role documentsToAccept community { id } } } }`,
      { c: automatic.id },
    );
    expect(
      mine(accepted.data!.acceptCommunityDocuments.memberships, automatic)?.documentsToAccept,
    ).toEqual([]);
  });

  it('logs role changes and keeps at least one admin', async () => {
    const community = await createCommunity(t);
    const adminAccount = await createMember(t, community, 'admin', 'Directrice');
    const admin = await logIn(t, adminAccount);
    const staff = await createMember(t, community, 'resident', 'Futur agent');
    await admin.gql(
      `mutation($c: ID!, $m: ID!) { changeRole(communityId: $c, membershipId: $m, role: staff) { role } }`,
      { c: community.id, m: staff.membershipId },
    );
    const log = await admin.gql<{
      roleChanges: {
        memberName: string;
        fromRole: string | null;
        toRole: string;
        changedBy: string;
      }[];
    }>(`query($c: ID!) { roleChanges(communityId: $c) { memberName fromRole toRole changedBy } }`, {
      c: community.id,
    });
    expect(log.data!.roleChanges[0]).toEqual({
      memberName: 'Futur agent',
      fromRole: 'resident',
      toRole: 'staff',
      changedBy: 'Directrice',
    });
    const [creator] = await t.query<{ id: string }>(
      `SELECT m.id FROM membership m WHERE m.community_id = $1 AND m.role = 'admin' AND m.account_id <> $2`,
      [community.id, adminAccount.id],
    );
    await admin.gql(
      `mutation($c: ID!, $m: ID!) { changeRole(communityId: $c, membershipId: $m, role: resident) { role } }`,
      { c: community.id, m: creator.id },
    );
    const last = await admin.gql(
      `mutation($c: ID!, $m: ID!) { changeRole(communityId: $c, membershipId: $m, role: resident) { role } }`,
      {
        c: community.id,
        m: adminAccount.membershipId,
      },
    );
    expect(last.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: 'La communauté doit garder au moins une personne administratrice.',
    });
  });
});
