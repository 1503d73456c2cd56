import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createAccount,
  createCommunity,
  createMember,
  PASSWORD,
  sessionCookie,
} from '../factories';
import { connectSocket, nextMessage, noMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type TestApp } from '../test-app';

const root = join(__dirname, '..', '..', '..', '..');
const serverMode = process.env['PALIER_TEST_DATABASE_MODE'] === 'server';
const redisUrl = process.env['REDIS_URL'];

async function startProcess(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: process.env['PALIER_TEST_DATABASE_URL'],
      DATABASE_POOL_SIZE: '3',
      REDIS_URL: redisUrl,
      DEMO_CONTENT: 'false',
      RUN_JOBS: 'false',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent-web-build',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`API process on port ${port} did not start`);
}

async function gql(
  port: number,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return {
    cookie: res.headers.get('set-cookie')?.split(';')[0],
    body: (await res.json()) as { data?: unknown; errors?: unknown[] },
  };
}

/**
 * Several API processes behind a load balancer share PostgreSQL and Redis: an event caused on
 * process B reaches a socket held by process A. Needs the PostgreSQL server and Redis (as in CI).
 */
(serverMode && redisUrl ? describe : describe.skip)('two API processes with Redis', () => {
  let t: TestApp;
  const processes: ChildProcess[] = [];
  const sockets: TestSocket[] = [];
  const [portA, portB] = [
    4700 + Math.floor(Math.random() * 200),
    4950 + Math.floor(Math.random() * 40),
  ];

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['tools/scripts/build-server.mjs'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(build.stderr);
    t = await startTestApp(); // migrations applied before the processes start
    processes.push(await startProcess(portA), await startProcess(portB));
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    processes.forEach((p) => p.kill('SIGTERM'));
    await t.close();
  });

  it('delivers a notification caused on B to the builder’s socket on A, and not to a member of another community', async () => {
    const community = await createCommunity(t);
    const other = await createCommunity(t);
    const builder = await createMember(t, community, 'builder');
    const outsider = await createMember(t, other, 'builder');
    const onA = await connectSocket(`http://127.0.0.1:${portA}`, await sessionCookie(t, builder));
    const outsiderOnA = await connectSocket(
      `http://127.0.0.1:${portA}`,
      await sessionCookie(t, outsider),
    );
    sockets.push(onA, outsiderOnA);
    const received = nextMessage(onA, 'notification:new', 5000);
    const quiet = noMessage(outsiderOnA, 'notification:new', 1500);

    const visitor = await createAccount(t, { displayName: 'Venue par B' });
    const login = await gql(portB, '', `mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
      i: { identifier: visitor.email, password: PASSWORD },
    });
    const joined = await gql(
      portB,
      login.cookie ?? '',
      `mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { id } }`,
      {
        c: community.id,
      },
    );
    expect(joined.body.errors).toBeUndefined();
    expect((await received).notification.text).toContain('Venue par B demande à rejoindre');
    expect(await quiet).toBe(true);
  });

  it('closes on A the socket of a session logged out on B', async () => {
    const community = await createCommunity(t);
    const member = await createMember(t, community, 'resident');
    const cookie = await sessionCookie(t, member);
    const onA = await connectSocket(`http://127.0.0.1:${portA}`, cookie);
    sockets.push(onA);
    const closed = new Promise((resolve) => onA.once('disconnect', resolve));
    await gql(portB, cookie, `mutation { logOut }`);
    await closed;
    expect(onA.connected).toBe(false);
  });

  it('refuses on A, at once, a session that A remembers and that was logged out on B', async () => {
    const community = await createCommunity(t);
    const member = await createMember(t, community, 'resident');
    const cookie = await sessionCookie(t, member);
    const FEED = `query($c: ID!) { feed(communityId: $c, first: 1) { edges { cursor } } }`;
    // A reads the session and remembers it a few seconds (ViewerCache)…
    expect((await gql(portA, cookie, FEED, { c: community.id })).body.errors).toBeUndefined();
    expect((await gql(portA, cookie, FEED, { c: community.id })).body.errors).toBeUndefined();
    // …until B announces the log out through Redis.
    expect((await gql(portB, cookie, `mutation { logOut }`)).body.errors).toBeUndefined();
    const after = await gql(portA, cookie, FEED, { c: community.id });
    expect(after.body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
