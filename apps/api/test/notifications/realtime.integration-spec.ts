import {
  createAccount,
  createCommunity,
  createMember,
  logIn,
  sessionCookie,
  type TestCommunity,
} from '../factories';
import { connectSocket, follow, nextMessage, noMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type TestApp } from '../test-app';

const JOIN = `mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { id } }`;

describe('real time: sockets authenticated by the session cookie, rooms per member and community', () => {
  let t: TestApp;
  let url: string;
  let community: TestCommunity;
  let other: TestCommunity;
  const sockets: TestSocket[] = [];
  const open = async (cookie?: string) => {
    const s = await connectSocket(url, cookie);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    community = await createCommunity(t);
    other = await createCommunity(t);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('tells the builders live when someone asks to join, and not a member of another community', async () => {
    const builder = await createMember(t, community, 'builder');
    const outsider = await createMember(t, other, 'admin');
    const builderSocket = await open(await sessionCookie(t, builder));
    const outsiderSocket = await open(await sessionCookie(t, outsider));
    const received = nextMessage(builderSocket, 'notification:new');
    const outsiderQuiet = noMessage(outsiderSocket, 'notification:new');
    const visitor = await logIn(t, await createAccount(t, { displayName: 'Sami Nouveau' }));
    await visitor.gql(JOIN, { c: community.id });
    const { notification, unreadCount } = await received;
    expect(notification).toMatchObject({
      kind: 'membership_requested',
      text: `Sami Nouveau demande à rejoindre la communauté ${community.name}.`,
      link: `/c/${community.slug}/demandes`,
    });
    expect(unreadCount).toBe(1);
    expect(await outsiderQuiet).toBe(true);

    const client = await logIn(t, builder);
    const listed = await client.gql<{
      notifications: { edges: { node: { id: string; text: string; readAt: string | null } }[] };
      unreadNotificationCount: number;
    }>(
      `{ notifications(first: 10) { edges { node { id text readAt } } } unreadNotificationCount }`,
    );
    expect(listed.data!.unreadNotificationCount).toBe(1);
    const count = nextMessage(builderSocket, 'notification:count');
    const read = await client.gql(`mutation($id: ID!) { markNotificationRead(id: $id) }`, {
      id: listed.data!.notifications.edges[0].node.id,
    });
    expect(read.data).toEqual({ markNotificationRead: 0 });
    expect(await count).toEqual({ unreadCount: 0 });
  });

  it('lets a visitor follow a community’s public news, and refuses malformed requests without crashing', async () => {
    const visitorSocket = await open();
    expect(await follow(visitorSocket, community.id)).toEqual({ ok: true });
    expect(await follow(visitorSocket, 'pas-un-id')).toEqual({
      ok: false,
      error: 'BAD_USER_INPUT',
    });
    expect(await follow(visitorSocket, { $where: 'x' })).toEqual({
      ok: false,
      error: 'BAD_USER_INPUT',
    });
    expect(await follow(visitorSocket, '00000000-0000-4000-8000-000000000000')).toEqual({
      ok: false,
      error: 'FORBIDDEN',
    });
    (visitorSocket as unknown as { emit(e: string, p: unknown): void }).emit('delete:everything', {
      please: true,
    });
    const news = nextMessage(visitorSocket, 'community:news');
    const admin = await logIn(t, await createMember(t, community, 'admin'));
    await admin.gql(
      `mutation($c: ID!) { publishNews(communityId: $c, input: { title: "Fête du quartier", body: "Samedi" }) { id } }`,
      { c: community.id },
    );
    expect(await news).toMatchObject({ communityId: community.id, title: 'Fête du quartier' });
    expect(visitorSocket.connected).toBe(true);
  });

  it('closes an oversized message’s socket, and the server keeps serving', async () => {
    const socket = await open();
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    socket.emit('community:follow', 'x'.repeat(100_000) as string, () => undefined);
    await closed;
    const res = await t.gql(`{ communities { id } }`);
    expect(res.errors).toBeUndefined();
  });

  it('disconnects the sockets of a session that logs out', async () => {
    const member = await createMember(t, community, 'resident');
    const client = t.agent();
    const login = await client.gql(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
      i: { identifier: member.email, password: 'une longue phrase de passe' },
    });
    const socket = await open(String(login.headers['set-cookie']).split(';')[0]);
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    await client.gql(`mutation { logOut }`);
    await closed;
    expect(socket.connected).toBe(false);
  });

  it('refuses a socket opened from another site', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { origin: 'https://malveillant.example' },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket as never);
    const result = await new Promise((resolve) => {
      socket.once('disconnect', () => resolve('disconnected'));
      socket.once('connect_error', () => resolve('refused'));
    });
    expect(['disconnected', 'refused']).toContain(result);
  });
});
