import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import type { DataSource } from 'typeorm';
import {
  createCommunity,
  createMember,
  logIn,
  sessionCookie,
  type TestCommunity,
} from '../factories';
import { connectSocket, follow, nextMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { createPost, FEED, POST, type FeedView, type PostView } from './feed-helpers';

const REPORT = `mutation($c: ID!, $i: ReportInput!) { report(communityId: $c, input: $i) }`;
const QUEUE = `query($c: ID!) { moderationQueue(communityId: $c) { reportCount reasons { reason count } details firstReportedAt
  item { type id label excerpt authorId authorName link hidden gone } } }`;
const MODERATE = `mutation($c: ID!, $i: ModerationDecisionInput!) { moderate(communityId: $c, input: $i) { id action reason decidedByName subjectName charterVersion suspendedUntil } }`;
const LOG = `query($c: ID!) { moderationLog(communityId: $c) { decisions { action reason decidedByName subjectName automatic itemType charterVersion } } }`;

interface QueueView {
  moderationQueue: {
    reportCount: number;
    reasons: { reason: string; count: number }[];
    details: string[];
    item: { type: string; id: string; excerpt: string; authorName: string; hidden: boolean };
  }[];
}

describe('moderation: reports, queue, decisions, log, appeals, suspensions', () => {
  let t: TestApp;
  let url: string;
  let community: TestCommunity;
  let author: Awaited<ReturnType<typeof createMember>>;
  let authorClient: Client;
  let builder: Awaited<ReturnType<typeof createMember>>;
  let builderClient: Client;
  let residents: Client[];
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    community = await createCommunity(t);
    author = await createMember(t, community, 'resident', 'Awa Auteure');
    authorClient = await logIn(t, author);
    builder = await createMember(t, community, 'builder', 'Bea Bâtisseuse');
    builderClient = await logIn(t, builder);
    residents = await Promise.all(
      [1, 2, 3].map(async () => logIn(t, await createMember(t, community, 'resident'))),
    );
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('groups reports by item in the builders’ queue, with the count; residents cannot see it', async () => {
    const post = await createPost(authorClient, community.id, { body: 'Un texte qui blesse' });
    for (const [i, client] of residents.slice(0, 2).entries()) {
      const res = await client.gql(REPORT, {
        c: community.id,
        i: {
          itemType: 'post',
          itemId: post.id,
          reason: 'harassment',
          details: i ? 'Il vise ma voisine' : null,
        },
      });
      expect(res.data).toEqual({ report: true });
    }
    // Reporting twice counts once.
    await residents[0].gql(REPORT, {
      c: community.id,
      i: { itemType: 'post', itemId: post.id, reason: 'spam' },
    });
    const queue = await builderClient.gql<QueueView>(QUEUE, { c: community.id });
    const entry = queue.data!.moderationQueue.find((q) => q.item.id === post.id)!;
    expect(entry).toMatchObject({
      reportCount: 2,
      reasons: [{ reason: 'harassment', count: 2 }],
      details: ['Il vise ma voisine'],
      item: {
        type: 'post',
        excerpt: 'Un texte qui blesse',
        authorName: 'Awa Auteure',
        hidden: false,
      },
    });
    expect((await residents[0].gql(QUEUE, { c: community.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const self = await authorClient.gql(REPORT, {
      c: community.id,
      i: { itemType: 'post', itemId: post.id, reason: 'other' },
    });
    expect(self.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await residents[0].gql(REPORT, {
      c: community.id,
      i: { itemType: 'recipe', itemId: post.id, reason: 'other' },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('hides an item live for everyone but its author and the builders; the author is told why and may appeal once', async () => {
    const post = await createPost(authorClient, community.id, { body: 'À masquer' });
    const readerSocket = await connectSocket(
      url,
      await sessionCookie(t, await createMember(t, community, 'resident')),
    );
    sockets.push(readerSocket);
    await follow(readerSocket, community.id);
    const removed = nextMessage(readerSocket, 'feed:post-removed');
    const decision = await builderClient.gql<{ moderate: { id: string; charterVersion: number } }>(
      MODERATE,
      {
        c: community.id,
        i: {
          itemType: 'post',
          itemId: post.id,
          action: 'hide',
          reason: 'Propos contraires à la charte (article 2).',
        },
      },
    );
    expect(decision.data!.moderate).toMatchObject({
      decidedByName: 'Bea Bâtisseuse',
      subjectName: 'Awa Auteure',
      charterVersion: 1,
    });
    expect(await removed).toMatchObject({ postId: post.id, deleted: false });

    const ids = async (client: Client) =>
      (await client.gql<FeedView>(FEED, { c: community.id, first: 50 })).data!.feed.edges.map(
        (e) => e.node.id,
      );
    expect(await ids(residents[0])).not.toContain(post.id);
    expect(await ids(authorClient)).toContain(post.id);
    expect(await ids(builderClient)).toContain(post.id);
    const own = await authorClient.gql<{ post: PostView }>(POST, { c: community.id, p: post.id });
    expect(own.data!.post).toMatchObject({
      hidden: true,
      hiddenReason: 'Propos contraires à la charte (article 2).',
    });
    expect(
      (await residents[0].gql(POST, { c: community.id, p: post.id })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');

    const notes = await authorClient.gql<{
      notifications: { edges: { node: { kind: string; link: string } }[] };
    }>(`{ notifications(first: 5) { edges { node { kind link } } } }`);
    expect(notes.data!.notifications.edges[0].node).toEqual({
      kind: 'moderation_decided',
      link: `/c/${community.slug}/moderation/mes-decisions`,
    });

    const APPEAL = `mutation($c: ID!, $d: ID!) { appealModerationDecision(communityId: $c, decisionId: $d, message: "Je voulais plaisanter") { id mayAppeal } }`;
    const appealed = await authorClient.gql<{
      appealModerationDecision: { id: string; mayAppeal: boolean }[];
    }>(APPEAL, {
      c: community.id,
      d: decision.data!.moderate.id,
    });
    expect(
      appealed.data!.appealModerationDecision.find((d) => d.id === decision.data!.moderate.id)
        ?.mayAppeal,
    ).toBe(false);
    expect(
      (await authorClient.gql(APPEAL, { c: community.id, d: decision.data!.moderate.id }))
        .errors?.[0].extensions?.code,
    ).toBe('CONFLICT');
    expect(
      (await residents[0].gql(APPEAL, { c: community.id, d: decision.data!.moderate.id }))
        .errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');

    const appeals = await builderClient.gql<{
      moderationAppeals: { id: string; message: string }[];
    }>(`query($c: ID!) { moderationAppeals(communityId: $c) { id message decision { action } } }`, {
      c: community.id,
    });
    expect(appeals.data!.moderationAppeals).toEqual([
      expect.objectContaining({ message: 'Je voulais plaisanter' }),
    ]);
    await builderClient.gql(
      `mutation($c: ID!, $a: ID!) { answerAppeal(communityId: $c, appealId: $a, upheld: true, reason: "D’accord, c’était de l’humour") }`,
      { c: community.id, a: appeals.data!.moderationAppeals[0].id },
    );
    expect(await ids(residents[0])).toContain(post.id);
  });

  it('hides an item automatically once reported by as many members as the community’s threshold', async () => {
    await t.query(`UPDATE community SET report_hide_threshold = 2 WHERE id = $1`, [community.id]);
    const post = await createPost(authorClient, community.id, { body: 'Arnaque' });
    await residents[0].gql(REPORT, {
      c: community.id,
      i: { itemType: 'post', itemId: post.id, reason: 'spam' },
    });
    expect(
      (await residents[1].gql<{ post: PostView }>(POST, { c: community.id, p: post.id })).data!.post
        .hidden,
    ).toBe(false);
    await residents[1].gql(REPORT, {
      c: community.id,
      i: { itemType: 'post', itemId: post.id, reason: 'spam' },
    });
    expect(
      (await residents[2].gql(POST, { c: community.id, p: post.id })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    const log = await builderClient.gql<{
      moderationLog: { decisions: { action: string; automatic: boolean }[] };
    }>(LOG, { c: community.id });
    expect(log.data!.moderationLog.decisions[0]).toMatchObject({
      action: 'auto_hide',
      automatic: true,
    });
    // Dismissing the reports brings it back.
    await builderClient.gql(MODERATE, {
      c: community.id,
      i: {
        itemType: 'post',
        itemId: post.id,
        action: 'dismiss',
        reason: 'Ce n’est pas une arnaque.',
      },
    });
    expect(
      (await residents[2].gql<{ post: PostView }>(POST, { c: community.id, p: post.id })).data!.post
        .hidden,
    ).toBe(false);
    await t.query(`UPDATE community SET report_hide_threshold = 3 WHERE id = $1`, [community.id]);
  });

  it('suspends a member for a time: they cannot post, comment nor react; the log says who, when, why', async () => {
    const post = await createPost(authorClient, community.id, { body: 'Encore' });
    const res = await builderClient.gql<{ moderate: { suspendedUntil: string } }>(MODERATE, {
      c: community.id,
      i: {
        itemType: 'post',
        itemId: post.id,
        action: 'suspend',
        reason: 'Insultes répétées.',
        suspensionDays: 7,
      },
    });
    expect(new Date(res.data!.moderate.suspendedUntil).getTime()).toBeGreaterThan(
      Date.now() + 6 * 86_400_000,
    );
    const refused = await authorClient.gql(
      `mutation($c: ID!) { createPost(communityId: $c, input: { body: "Je reviens" }) { id } }`,
      {
        c: community.id,
      },
    );
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('suspendu jusqu’au'),
    });
    const comment = await authorClient.gql(
      `mutation($c: ID!, $p: ID!) { addComment(communityId: $c, postId: $p, input: { body: "x" }) { id } }`,
      { c: community.id, p: post.id },
    );
    expect(comment.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const log = await builderClient.gql<{
      moderationLog: { decisions: Record<string, unknown>[] };
    }>(LOG, { c: community.id });
    expect(log.data!.moderationLog.decisions[0]).toMatchObject({
      action: 'suspend',
      reason: 'Insultes répétées.',
      decidedByName: 'Bea Bâtisseuse',
      subjectName: 'Awa Auteure',
      charterVersion: 1,
    });
    expect((await residents[0].gql(LOG, { c: community.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('lets a builder lock comments, and deletes a reported comment; excluding a member ends their access', async () => {
    const poster = await logIn(t, await createMember(t, community, 'resident'));
    const post = await createPost(poster, community.id, { body: 'Débat' });
    const LOCK = `mutation($c: ID!, $p: ID!) { lockComments(communityId: $c, postId: $p, locked: true) { commentsLocked } }`;
    expect(
      (await residents[0].gql(LOCK, { c: community.id, p: post.id })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const added = await residents[0].gql<{ addComment: { id: string }[] }>(
      `mutation($c: ID!, $p: ID!) { addComment(communityId: $c, postId: $p, input: { body: "Méchant commentaire" }) { id } }`,
      { c: community.id, p: post.id },
    );
    expect((await builderClient.gql(LOCK, { c: community.id, p: post.id })).data).toEqual({
      lockComments: { commentsLocked: true },
    });
    const closed = await residents[1].gql(
      `mutation($c: ID!, $p: ID!) { addComment(communityId: $c, postId: $p, input: { body: "Moi aussi" }) { id } }`,
      { c: community.id, p: post.id },
    );
    expect(closed.errors?.[0].message).toBe('Les commentaires de cette publication sont fermés.');

    const commentId = added.data!.addComment[0].id;
    await residents[1].gql(REPORT, {
      c: community.id,
      i: { itemType: 'comment', itemId: commentId, reason: 'hate' },
    });
    await builderClient.gql(MODERATE, {
      c: community.id,
      i: { itemType: 'comment', itemId: commentId, action: 'delete', reason: 'Propos haineux.' },
    });
    expect(await t.query(`SELECT id FROM feed_comment WHERE id = $1`, [commentId])).toEqual([]);

    const troll = await createMember(t, community, 'resident');
    const trollClient = await logIn(t, troll);
    await residents[1].gql(REPORT, {
      c: community.id,
      i: { itemType: 'member', itemId: troll.id, reason: 'harassment' },
    });
    await builderClient.gql(MODERATE, {
      c: community.id,
      i: { itemType: 'member', itemId: troll.id, action: 'exclude', reason: 'Harcèlement.' },
    });
    expect((await trollClient.gql(FEED, { c: community.id })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps reports and decisions of an erased member without them, and erases the member’s restrictions', async () => {
    const fresh = await createCommunity(t);
    const reporter = await createMember(t, fresh, 'resident');
    const decider = await createMember(t, fresh, 'builder');
    const writer = await createMember(t, fresh, 'resident');
    const post = await createPost(await logIn(t, writer), fresh.id, { body: 'Signalé' });
    await (
      await logIn(t, reporter)
    ).gql(REPORT, {
      c: fresh.id,
      i: { itemType: 'post', itemId: post.id, reason: 'spam' },
    });
    await (
      await logIn(t, decider)
    ).gql(MODERATE, {
      c: fresh.id,
      i: {
        itemType: 'post',
        itemId: post.id,
        action: 'suspend',
        reason: 'Spam.',
        suspensionDays: 2,
      },
    });
    const db = t.app.get<DataSource>(getDataSourceToken());
    const registry = t.app.get(PrivacyRegistry);
    for (const person of [reporter, decider, writer])
      for (let run = 0; run < 2; run++)
        for (const hooks of registry.all())
          await db.transaction((m) => hooks.erasePerson(person.id, m));
    const ids = [reporter.id, decider.id, writer.id];
    expect(
      await t.query(
        `SELECT 'report' AS t FROM moderation_report WHERE reporter_account_id = ANY($1::uuid[]) OR item_id = ANY($1::uuid[])
         UNION ALL SELECT 'decision' FROM moderation_decision WHERE decided_by = ANY($1::uuid[]) OR subject_account_id = ANY($1::uuid[]) OR item_id = ANY($1::uuid[])
         UNION ALL SELECT 'restriction' FROM moderation_restriction WHERE account_id = ANY($1::uuid[])`,
        [ids],
      ),
    ).toEqual([]);
    const [kept] = await t.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM moderation_report WHERE community_id = $1`,
      [fresh.id],
    );
    expect(kept.n).toBe(1);
    const log = await t.query(
      `SELECT action, reason, decided_by FROM moderation_decision WHERE community_id = $1`,
      [fresh.id],
    );
    expect(log).toEqual([{ action: 'suspend', reason: 'Spam.', decided_by: null }]);
  });
});
