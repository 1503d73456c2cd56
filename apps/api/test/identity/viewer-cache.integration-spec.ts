import {
  createAccount,
  createCommunity,
  createMember,
  PASSWORD,
  sessionCookie,
} from '../factories';
import { startTestApp, type GraphqlResponse, type TestApp } from '../test-app';

const FEED = `query($c: ID!) { feed(communityId: $c, first: 1) { edges { cursor } } }`;
const MEMBERS = `query($c: ID!) { members(communityId: $c, first: 1) { edges { cursor } } }`;

/**
 * The session read of a viewer is remembered a few seconds per process (ViewerCache). Each test
 * first makes a request that remembers it, then changes the session, the account or a
 * membership, and proves that the very next request already sees the change.
 */
describe('remembered viewers follow every change at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A request with this session cookie only (no cookie jar: a logged-out cookie is sent again). */
  const as = <T = Record<string, unknown>>(
    cookie: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphqlResponse<T>> => t.withCookie(cookie)<T>(query, variables);
  const code = (res: GraphqlResponse) => res.errors?.[0]?.extensions?.code ?? 'OK';

  it('refuses a session at once after log out, log out everywhere and a password change', async () => {
    const community = await createCommunity(t);
    const member = await createMember(t, community, 'resident');
    const [a, b, c, d] = [
      await sessionCookie(t, member),
      await sessionCookie(t, member),
      await sessionCookie(t, member),
      await sessionCookie(t, member),
    ];
    for (const cookie of [a, b, c, d])
      expect(code(await as(cookie, FEED, { c: community.id }))).toBe('OK');

    expect((await as(a, `mutation { logOut }`)).data).toEqual({ logOut: true });
    expect(code(await as(a, FEED, { c: community.id }))).toBe('UNAUTHENTICATED');
    expect(code(await as(b, FEED, { c: community.id }))).toBe('OK');

    const changed = await as(
      b,
      `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`,
      { i: { currentPassword: PASSWORD, newPassword: 'un autre mot de passe 2026' } },
    );
    expect(changed.errors).toBeUndefined();
    expect(code(await as(c, FEED, { c: community.id }))).toBe('UNAUTHENTICATED');
    expect(code(await as(b, FEED, { c: community.id }))).toBe('OK');

    expect((await as(b, `mutation { logOutEverywhere }`)).data).toEqual({ logOutEverywhere: true });
    expect(code(await as(b, FEED, { c: community.id }))).toBe('UNAUTHENTICATED');
    expect(code(await as(d, FEED, { c: community.id }))).toBe('UNAUTHENTICATED');
  });

  it('follows a role change at once, both ways', async () => {
    const community = await createCommunity(t);
    const admin = await sessionCookie(t, await createMember(t, community, 'admin'));
    const member = await createMember(t, community, 'resident');
    const cookie = await sessionCookie(t, member);
    const ROLE = `mutation($c: ID!, $m: ID!, $r: Role!) { changeRole(communityId: $c, membershipId: $m, role: $r) { role } }`;

    expect(code(await as(cookie, MEMBERS, { c: community.id }))).toBe('FORBIDDEN');
    await as(admin, ROLE, { c: community.id, m: member.membershipId, r: 'staff' });
    expect(code(await as(cookie, MEMBERS, { c: community.id }))).toBe('OK');
    await as(admin, ROLE, { c: community.id, m: member.membershipId, r: 'resident' });
    expect(code(await as(cookie, MEMBERS, { c: community.id }))).toBe('FORBIDDEN');
  });

  it('follows an exclusion by moderation at once', async () => {
    const community = await createCommunity(t);
    const builder = await sessionCookie(t, await createMember(t, community, 'builder'));
    const reporter = await sessionCookie(t, await createMember(t, community, 'resident'));
    const troll = await createMember(t, community, 'resident');
    const cookie = await sessionCookie(t, troll);
    expect(code(await as(cookie, FEED, { c: community.id }))).toBe('OK');

    await as(
      reporter,
      `mutation($c: ID!, $i: ReportInput!) { report(communityId: $c, input: $i) }`,
      { c: community.id, i: { itemType: 'member', itemId: troll.id, reason: 'harassment' } },
    );
    const decided = await as(
      builder,
      `mutation($c: ID!, $i: ModerationDecisionInput!) { moderate(communityId: $c, input: $i) { id } }`,
      {
        c: community.id,
        i: { itemType: 'member', itemId: troll.id, action: 'exclude', reason: 'Harcèlement.' },
      },
    );
    expect(decided.errors).toBeUndefined();
    expect(code(await as(cookie, FEED, { c: community.id }))).toBe('FORBIDDEN');
  });

  it('follows a new membership at once (joining freely, or admitted by the builder)', async () => {
    const automatic = await createCommunity(t, { admissionMode: 'automatic' });
    const approval = await createCommunity(t, { admissionMode: 'approval' });
    const builder = await sessionCookie(t, await createMember(t, approval, 'builder'));
    const cookie = await sessionCookie(t, await createAccount(t));
    const JOIN = `mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { id } }`;

    expect(code(await as(cookie, FEED, { c: automatic.id }))).toBe('FORBIDDEN');
    expect((await as(cookie, JOIN, { c: automatic.id })).errors).toBeUndefined();
    expect(code(await as(cookie, FEED, { c: automatic.id }))).toBe('OK');

    expect(code(await as(cookie, FEED, { c: approval.id }))).toBe('FORBIDDEN');
    expect((await as(cookie, JOIN, { c: approval.id })).errors).toBeUndefined();
    const queue = await as<{ membershipRequests: { id: string }[] }>(
      builder,
      `query($c: ID!) { membershipRequests(communityId: $c) { id } }`,
      { c: approval.id },
    );
    const [request] = queue.data!.membershipRequests;
    await as(
      builder,
      `mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: true) { id } }`,
      { c: approval.id, m: request.id },
    );
    expect(code(await as(cookie, FEED, { c: approval.id }))).toBe('OK');
  });
});
