import { ClusterMessages, DomainEvents, type AppConfig } from '@palier/server-core';
import { ViewerCache, type SignedIn } from './viewer-cache';

const signedIn = (accountId: string, sessionId: string): SignedIn => ({
  viewer: { accountId, sessionId, displayName: 'Camille', locale: 'fr', isServerAdmin: false },
  memberships: [],
});
const later = () => new Date(Date.now() + 3_600_000);

function cache() {
  const events = new DomainEvents();
  const cluster = new ClusterMessages({} as AppConfig);
  const viewers = new ViewerCache(events, cluster);
  viewers.onModuleInit();
  let reads = 0;
  const get = (key: string, value: SignedIn | undefined, expiresAt = later()) =>
    viewers.get(key, async () => {
      reads++;
      return value && { signedIn: value, expiresAt };
    });
  return { events, cluster, viewers, get, reads: () => reads };
}

describe('ViewerCache', () => {
  it('reads a session once, then answers from memory', async () => {
    const c = cache();
    const a = signedIn('account-a', 'session-a');
    expect(await c.get('a', a)).toBe(a);
    expect(await c.get('a', a)).toBe(a);
    expect(c.reads()).toBe(1);
  });

  it('does not remember an unknown session, nor one past its expiry', async () => {
    const c = cache();
    await c.get('x', undefined);
    await c.get('x', undefined);
    expect(c.reads()).toBe(2);
    const a = signedIn('account-a', 'session-a');
    await c.get('a', a, new Date(Date.now() - 1));
    await c.get('a', a);
    expect(c.reads()).toBe(2 + 2);
  });

  it('forgets on the announced changes: sessions revoked, viewer changed, membership decided', async () => {
    const c = cache();
    const a = signedIn('account-a', 'session-a');
    const b = signedIn('account-b', 'session-b');
    await c.get('a', a);
    await c.get('b', b);
    await c.events.publish([{ type: 'sessions.revoked', payload: { sessionIds: ['session-a'] } }]);
    await c.get('a', a);
    await c.get('b', b);
    expect(c.reads()).toBe(3);
    await c.events.publish([{ type: 'viewer.changed', payload: { accountIds: ['account-b'] } }]);
    await c.get('b', b);
    expect(c.reads()).toBe(4);
    await c.events.publish([
      {
        type: 'membership.decided',
        payload: {
          communityId: 'c',
          membershipId: 'm',
          accountId: 'account-a',
          admitted: true,
          message: null,
        },
      },
    ]);
    await c.get('a', a);
    expect(c.reads()).toBe(5);
  });

  it('forgets what another process announces, and everything when messages may have been lost', async () => {
    const c = cache();
    const a = signedIn('account-a', 'session-a');
    await c.get('a', a);
    // What ClusterMessages delivers from Redis.
    (c.cluster as unknown as { deliver(ch: string, m: unknown): void }).deliver('viewer.changed', {
      accountIds: ['account-a'],
    });
    await c.get('a', a);
    expect(c.reads()).toBe(2);
    // The Redis subscription came back after a drop.
    (c.cluster as unknown as { resyncHandlers: (() => void)[] }).resyncHandlers.forEach((h) => h());
    await c.get('a', a);
    expect(c.reads()).toBe(3);
  });

  it('does not remember a read that was under way when a change was announced', async () => {
    const c = cache();
    const a = signedIn('account-a', 'session-a');
    let finish!: () => void;
    const pending = c.viewers.get(
      'a',
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ signedIn: a, expiresAt: later() });
        }),
    );
    await c.viewers.changed({ accountIds: ['account-a'] });
    finish();
    expect(await pending).toBe(a);
    await c.get('a', a);
    expect(c.reads()).toBe(1);
  });
});
