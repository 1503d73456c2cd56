import { EmailDelivery } from '@palier/server-core';
import { NotificationsService } from '@palier/server-notifications';
import { createAccount, createCommunity, createMember, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

interface OutboxRow {
  to_address: string;
  subject: string;
  text_body: string;
  locale: string;
  available_at: Date;
  sent_at: Date | null;
  uncertain: boolean;
}

describe('notification emails: preferences, quiet hours, digests, unsubscribe, never twice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const outbox = (to: string) =>
    t.query<OutboxRow>(`SELECT * FROM email_outbox WHERE to_address = $1 ORDER BY created_at`, [
      to,
    ]);

  it('emails an admission decision at once, in the member’s language, with a one-click unsubscribe', async () => {
    const community = await createCommunity(t);
    const builder = await logIn(t, await createMember(t, community, 'builder'));
    const account = await createAccount(t, { displayName: 'Layla' });
    await t.query(`UPDATE account SET locale = 'ar' WHERE id = $1`, [account.id]);
    const visitor = await logIn(t, account);
    await visitor.gql(
      `mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { id } }`,
      { c: community.id },
    );
    const [m] = await t.query<{ id: string }>(`SELECT id FROM membership WHERE account_id = $1`, [
      account.id,
    ]);
    await builder.gql(
      `mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: true) { id } }`,
      { c: community.id, m: m.id },
    );
    const emails = await outbox(account.email!);
    const notificationEmail = emails.find((e) => e.subject.startsWith('مرحبًا بك!'))!;
    expect(notificationEmail.locale).toBe('ar');
    const token = /desabonnement\?jeton=([\w-]+)/.exec(notificationEmail.text_body)![1];
    expect(
      (await t.gql(`mutation($t: String!) { unsubscribe(token: $t) }`, { t: token })).data,
    ).toEqual({ unsubscribe: 'membership_decided' });
    const settings = await visitor.gql<{
      notificationSettings: { preferences: { kind: string; channel: string }[] };
    }>(`{ notificationSettings { preferences { kind channel } } }`);
    expect(settings.data!.notificationSettings.preferences).toContainEqual({
      kind: 'membership_decided',
      channel: 'never',
    });
    expect(
      (await t.gql(`mutation { unsubscribe(token: "faux") }`)).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('holds an immediate email until the end of the member’s quiet hours', async () => {
    const account = await createAccount(t);
    await t.query(
      `UPDATE account SET quiet_hours_start = '22:00', quiet_hours_end = '07:00' WHERE id = $1`,
      [account.id],
    );
    // 23:30 in Paris, winter time.
    await t.app.get(NotificationsService).notify(
      {
        accountIds: [account.id],
        communityId: null,
        kind: 'household_invited',
        data: { household: 'Foyer', invitedBy: 'Ali' },
        link: '/foyer',
      },
      new Date('2030-01-14T22:30:00Z'),
    );
    const [email] = await outbox(account.email!);
    expect(new Date(email.available_at).toISOString()).toBe('2030-01-15T06:00:00.000Z');
  });

  it('gathers a builder’s requests in a daily digest at 8:00, once (fake clock)', async () => {
    const community = await createCommunity(t);
    const builder = await createMember(t, community, 'builder', 'Leïla');
    const service = t.app.get(NotificationsService);
    for (const name of ['Ana', 'Bob']) {
      await service.notify(
        {
          accountIds: [builder.id],
          communityId: community.id,
          kind: 'membership_requested',
          data: { name, community: community.name },
          link: `/c/${community.slug}/demandes`,
        },
        new Date('2030-01-14T15:00:00Z'),
      );
    }
    expect(await outbox(builder.email!)).toEqual([]); // daily by default: nothing at once
    expect(await service.sendDigests(new Date('2030-01-15T06:30:00Z'))).toBe(0); // 7:30 in Paris
    expect(await service.sendDigests(new Date('2030-01-15T07:10:00Z'))).toBeGreaterThanOrEqual(1); // 8:10
    const [digest] = await outbox(builder.email!);
    expect(digest.subject).toBe('2 nouvelles depuis votre dernier résumé');
    expect(digest.text_body).toContain('Ana demande à rejoindre');
    expect(digest.text_body).toContain('Bob demande à rejoindre');
    expect(digest.text_body).toMatch(/desabonnement\?jeton=/);
    await service.sendDigests(new Date('2030-01-15T09:00:00Z'));
    expect(await outbox(builder.email!)).toHaveLength(1);
  });

  it('respects "never": the notification is in the app, no email at all', async () => {
    const community = await createCommunity(t);
    const builder = await createMember(t, community, 'builder');
    const client = await logIn(t, builder);
    await client.gql(
      `mutation { setNotificationPreference(kind: "membership_requested", channel: "never") { preferences { kind } } }`,
    );
    const service = t.app.get(NotificationsService);
    await service.notify({
      accountIds: [builder.id],
      communityId: community.id,
      kind: 'membership_requested',
      data: { name: 'X', community: 'C' },
      link: '/x',
    });
    await service.sendDigests(new Date('2031-01-15T07:10:00Z'));
    expect(await outbox(builder.email!)).toEqual([]);
    expect((await client.gql(`{ unreadNotificationCount }`)).data).toEqual({
      unreadNotificationCount: 1,
    });
    const bad = await client.gql(
      `mutation { setQuietHours(input: { start: "25:00", end: null }) { quietHoursStart } }`,
    );
    expect(bad.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['start', 'end']);
  });

  it('never sends an email twice when the sending process died between sending and marking it', async () => {
    const account = await createAccount(t);
    await t.app.get(NotificationsService).notify({
      accountIds: [account.id],
      communityId: null,
      kind: 'household_invited',
      data: { household: 'F', invitedBy: 'G' },
      link: '/foyer',
    });
    const delivery = t.app.get(EmailDelivery);
    // The process claims the email and sends it, then dies before marking it.
    // (Other test files leave emails waiting in the shared outbox: claim until ours comes.)
    let claimed: Awaited<ReturnType<typeof delivery.claim>> = [];
    for (let batch = await delivery.claim(100); batch.length; batch = await delivery.claim(100)) {
      claimed = batch.filter((e) => e.to_address === account.email);
      if (claimed.length) break;
    }
    expect(claimed).toHaveLength(1);
    await delivery.send(claimed[0]);
    await t.query(
      `UPDATE email_outbox SET claimed_at = now() - interval '11 minutes' WHERE to_address = $1`,
      [account.email],
    );
    // The next run (another process, or after the restart) does not send it again.
    await delivery.deliverPending();
    const [row] = await outbox(account.email!);
    expect(row).toMatchObject({ sent_at: null, uncertain: true });
  });
});
