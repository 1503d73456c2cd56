import { getDataSourceToken } from '@nestjs/typeorm';
import { PrivacyRegistry } from '@palier/server-core';
import { ViewerCache } from '@palier/server-identity';
import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { jpegWithGps, pngHeaderOnly, polyglotJpegHtml } from '@palier/server-core/testing';
import {
  createAccount,
  createCommunity,
  createMember,
  logIn,
  sessionCookie,
  type TestCommunity,
} from '../factories';
import { connectSocket, follow, nextMessage, noMessage, type TestSocket } from '../realtime-client';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { createPost, FEED, POST, uploadPhoto, type FeedView, type PostView } from './feed-helpers';

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">clic</a>',
  "{{constructor.constructor('alert(1)')()}}",
];

type PgQuery = { query: (...args: unknown[]) => unknown };

describe('feed: posts, visibility, photos, live updates', () => {
  let t: TestApp;
  let url: string;
  let community: TestCommunity;
  let other: TestCommunity;
  let author: Awaited<ReturnType<typeof createMember>>;
  let authorClient: Client;
  let reader: Awaited<ReturnType<typeof createMember>>;
  let readerClient: Client;
  let outsiderClient: Client;
  let builderClient: Client;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    url = await t.listen();
    community = await createCommunity(t);
    other = await createCommunity(t);
    author = await createMember(t, community, 'resident', 'Awa Auteure');
    reader = await createMember(t, community, 'resident', 'Bruno Lecteur');
    authorClient = await logIn(t, author);
    readerClient = await logIn(t, reader);
    outsiderClient = await logIn(t, await createMember(t, other, 'admin'));
    builderClient = await logIn(t, await createMember(t, community, 'builder'));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  it('shows members-only posts to members only: not to another community’s residents, nor to visitors', async () => {
    const post = await createPost(authorClient, community.id, { body: 'Réunion jeudi à 18 h' });
    expect(post).toMatchObject({ mine: true, hidden: false, editedAt: null });
    expect(post.author).toEqual({ id: author.id, displayName: 'Awa Auteure', formerMember: false });

    const seen = await readerClient.gql<FeedView>(FEED, { c: community.id });
    expect(seen.data!.feed.edges.map((e) => e.node.id)).toContain(post.id);
    expect(seen.data!.feed.edges[0].node.mine).toBe(false);

    for (const client of [outsiderClient, t]) {
      const feed = await client.gql(FEED, { c: community.id });
      expect(feed.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      const one = await client.gql(POST, { c: community.id, p: post.id });
      expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const pub = await client.gql<{ publicPosts: { edges: unknown[] } }>(
        `query($c: ID!) { publicPosts(communityId: $c) { edges { node { id } } } }`,
        { c: community.id },
      );
      expect(pub.data!.publicPosts.edges).toEqual([]);
    }
  });

  it('lets only the roles the community allows publish on the sas; anyone reads those', async () => {
    const refused = await authorClient.gql(
      `mutation($c: ID!) { createPost(communityId: $c, input: { body: "Pour tous", visibility: public }) { id } }`,
      { c: community.id },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const post = await createPost(builderClient, community.id, {
      body: 'Portes ouvertes samedi',
      visibility: 'public',
    });
    const visitor = await t.gql<{ post: PostView }>(POST, { c: community.id, p: post.id });
    expect(visitor.data!.post.body).toBe('Portes ouvertes samedi');
    const outsider = await outsiderClient.gql<{
      publicPosts: { edges: { node: { id: string } }[] };
    }>(`query($c: ID!) { publicPosts(communityId: $c) { edges { node { id } } } }`, {
      c: community.id,
    });
    expect(outsider.data!.publicPosts.edges.map((e) => e.node.id)).toEqual([post.id]);
  });

  it('keeps scripts and HTML as plain text, and refuses oversized text with a message', async () => {
    for (const body of XSS_PAYLOADS) {
      const post = await createPost(authorClient, community.id, { body });
      const read = await readerClient.gql<{ post: PostView }>(POST, {
        c: community.id,
        p: post.id,
      });
      expect(read.data!.post.body).toBe(body);
    }
    const long = await authorClient.gql(
      `mutation($c: ID!, $b: String!) { createPost(communityId: $c, input: { body: $b }) { id } }`,
      { c: community.id, b: 'a'.repeat(5001) },
    );
    expect(long.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'body', code: 'too_long', message: 'Ce texte est trop long.' }],
    });
    const empty = await authorClient.gql(
      `mutation($c: ID!) { createPost(communityId: $c, input: { body: "   " }) { id } }`,
      { c: community.id },
    );
    expect(empty.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'body', code: 'required' }),
    ]);
  });

  it('lets the author edit ("modifié") and delete; nobody else', async () => {
    const post = await createPost(authorClient, community.id, { body: 'Premier jet' });
    const EDIT = `mutation($c: ID!, $p: ID!, $b: String!) { editPost(communityId: $c, postId: $p, input: { body: $b }) { body editedAt } }`;
    const edited = await authorClient.gql<{ editPost: { body: string; editedAt: string } }>(EDIT, {
      c: community.id,
      p: post.id,
      b: 'Version corrigée',
    });
    expect(edited.data!.editPost.body).toBe('Version corrigée');
    expect(edited.data!.editPost.editedAt).not.toBeNull();
    const DELETE = `mutation($c: ID!, $p: ID!) { deletePost(communityId: $c, postId: $p) }`;
    for (const client of [readerClient, builderClient]) {
      expect(
        (await client.gql(EDIT, { c: community.id, p: post.id, b: 'x' })).errors?.[0].extensions
          ?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await client.gql(DELETE, { c: community.id, p: post.id })).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
    }
    expect((await authorClient.gql(DELETE, { c: community.id, p: post.id })).data).toEqual({
      deletePost: true,
    });
    expect(
      (await readerClient.gql(POST, { c: community.id, p: post.id })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
  });

  it('re-encodes photos without any metadata: the downloaded photo of a GPS-tagged JPEG has no EXIF', async () => {
    const original = await jpegWithGps(3000, 2000);
    expect((await sharp(original).metadata()).exif?.includes('Secret Phone')).toBe(true);
    const upload = await uploadPhoto(t, authorClient, community.id, original);
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ width: 1067, height: 1600 });
    const post = await createPost(authorClient, community.id, {
      body: 'Le jardin partagé',
      photos: [{ id: upload.body.id, alt: 'Des tomates au jardin' }],
    });
    expect(post.photos).toEqual([
      expect.objectContaining({ id: upload.body.id, alt: 'Des tomates au jardin', width: 1067 }),
    ]);
    const res = await readerClient.http
      .get(post.photos[0].url)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers['cache-control']).toMatch(/^private/);
    const bytes = res.body as Buffer;
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1067, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.includes('Secret Phone')).toBe(false);
    expect(bytes.includes('PhoneMaker')).toBe(false);

    // Members only: not for a visitor, nor a resident of another community.
    expect((await t.http.get(post.photos[0].url)).status).toBe(404);
    expect((await outsiderClient.http.get(post.photos[0].thumbnailUrl)).status).toBe(404);
    // A photo cannot be attached by someone else, nor twice.
    const stolen = await readerClient.gql(
      `mutation($c: ID!, $p: ID!) { createPost(communityId: $c, input: { body: "x", photos: [{ id: $p }] }) { id } }`,
      { c: community.id, p: upload.body.id },
    );
    expect(stolen.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses what is not a photo, an SVG, a 20000 × 20000 px image, a 50 MB upload, and visitors', async () => {
    const cases: [string, Buffer, string][] = [
      ['text', Buffer.from('pas une image'), 'photo.jpg'],
      ['html', Buffer.from('<html><script>alert(1)</script></html>'), 'photo.jpg'],
      [
        'svg',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="9" height="9"/>',
        ),
        'photo.svg',
      ],
      ['bomb', pngHeaderOnly(20000, 20000), 'photo.png'],
    ];
    for (const [name, bytes, filename] of cases) {
      const res = await uploadPhoto(t, authorClient, community.id, bytes, filename);
      expect([name, res.status, res.body.error?.code]).toEqual([name, 400, 'BAD_USER_INPUT']);
    }
    const heavy = await uploadPhoto(
      t,
      authorClient,
      community.id,
      Buffer.alloc(50 * 1024 * 1024, 1),
    ).catch(
      (e: Error & { status?: number; response?: { status: number } }) =>
        e.response ?? { status: 'closed' },
    );
    expect(heavy.status).toBe(400);
    // A polyglot (a JPEG followed by HTML and script) is refused.
    const poly = await uploadPhoto(t, authorClient, community.id, await polyglotJpegHtml());
    expect([poly.status, poly.body.error?.code]).toEqual([400, 'BAD_USER_INPUT']);

    expect((await uploadPhoto(t, null, community.id, await jpegWithGps())).status).toBe(401);
    expect((await uploadPhoto(t, outsiderClient, community.id, await jpegWithGps())).status).toBe(
      403,
    );
    const foreign = await t.http
      .post(`/media/communities/${community.id}/photos`)
      .set('origin', 'https://evil.example')
      .attach('photo', await jpegWithGps(), 'photo.jpg');
    expect(foreign.status).toBe(403);
  });

  it('sends new posts live to members only, public ones to visitors of the sas too', async () => {
    const readerSocket = await connectSocket(url, await sessionCookie(t, reader));
    const outsiderSocket = await connectSocket(
      url,
      await sessionCookie(t, await createMember(t, other, 'resident')),
    );
    const visitorSocket = await connectSocket(url);
    sockets.push(readerSocket, outsiderSocket, visitorSocket);
    for (const s of [readerSocket, outsiderSocket, visitorSocket])
      expect(await follow(s, community.id)).toEqual({ ok: true });

    const arrives = nextMessage(readerSocket, 'feed:post-new');
    const outsiderQuiet = noMessage(outsiderSocket, 'feed:post-new');
    const visitorQuiet = noMessage(visitorSocket, 'feed:post-new');
    const post = await createPost(authorClient, community.id, { body: 'Qui vient au marché ?' });
    expect(await arrives).toEqual({
      communityId: community.id,
      postId: post.id,
      authorId: author.id,
    });
    expect(await outsiderQuiet).toBe(true);
    expect(await visitorQuiet).toBe(true);

    const publicArrives = nextMessage(visitorSocket, 'feed:post-new');
    const pub = await createPost(builderClient, community.id, {
      body: 'Fête de quartier',
      visibility: 'public',
    });
    expect((await publicArrives).postId).toBe(pub.id);
  });

  it('has comments with one level of replies, one reaction per member, who reacted, mentions notified', async () => {
    const post = await createPost(authorClient, community.id, {
      body: 'Merci @Bruno Lecteur pour l’aide',
      mentionIds: [reader.id],
    });
    const ADD = `mutation($c: ID!, $p: ID!, $i: CommentInput!) { addComment(communityId: $c, postId: $p, input: $i) { id parentId body author { displayName } mine } }`;
    const first = await readerClient.gql<{ addComment: { id: string }[] }>(ADD, {
      c: community.id,
      p: post.id,
      i: { body: 'Avec plaisir' },
    });
    const parentId = first.data!.addComment[0].id;
    const reply = await authorClient.gql<{ addComment: { parentId: string | null }[] }>(ADD, {
      c: community.id,
      p: post.id,
      i: { body: 'À jeudi', parentId },
    });
    const replyId = (reply.data!.addComment as { id: string; parentId: string | null }[])[1].id;
    expect(reply.data!.addComment.map((c) => c.parentId)).toEqual([null, parentId]);
    const tooDeep = await readerClient.gql(ADD, {
      c: community.id,
      p: post.id,
      i: { body: 'x', parentId: replyId },
    });
    expect(tooDeep.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'parentId' }),
    ]);
    expect(
      (await outsiderClient.gql(ADD, { c: community.id, p: post.id, i: { body: 'x' } })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');

    const REACT = `mutation($c: ID!, $p: ID!, $r: Reaction) { react(communityId: $c, postId: $p, reaction: $r) { reactions { reaction emoji count mine } } }`;
    await readerClient.gql(REACT, { c: community.id, p: post.id, r: 'heart' });
    const changed = await readerClient.gql<{ react: { reactions: unknown[] } }>(REACT, {
      c: community.id,
      p: post.id,
      r: 'thumbs_up',
    });
    expect(changed.data!.react.reactions).toEqual([
      { reaction: 'thumbs_up', emoji: '👍', count: 1, mine: true },
    ]);
    await builderClient.gql(REACT, { c: community.id, p: post.id, r: 'thumbs_up' });
    const reactors = await authorClient.gql<{
      postReactors: { member: { displayName: string } }[];
    }>(
      `query($c: ID!, $p: ID!) { postReactors(communityId: $c, postId: $p) { reaction emoji member { displayName } } }`,
      { c: community.id, p: post.id },
    );
    expect(reactors.data!.postReactors.map((r) => r.member.displayName)[0]).toBe('Bruno Lecteur');
    expect(reactors.data!.postReactors).toHaveLength(2);

    const notes = await readerClient.gql<{
      notifications: { edges: { node: { kind: string; text: string; link: string } }[] };
    }>(`{ notifications(first: 5) { edges { node { kind text link } } } }`);
    expect(notes.data!.notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'feed_mentioned',
      text: `Awa Auteure vous a mentionné dans une publication (${community.name}).`,
      link: `/c/${community.slug}/fil/${post.id}`,
    });
  });

  it('offers members to mention by a few letters of their name, accents ignored, in the community only', async () => {
    const helene = await createMember(t, community, 'resident', 'Hélène Mentionnée');
    await createMember(t, other, 'resident', 'Hélène Ailleurs');
    const MENTIONABLE = `query($c: ID!, $s: String!) { mentionableMembers(communityId: $c, search: $s) { accountId displayName } }`;
    const found = await readerClient.gql<{
      mentionableMembers: { accountId: string; displayName: string }[];
    }>(MENTIONABLE, { c: community.id, s: 'HELE' });
    expect(found.data!.mentionableMembers).toEqual([
      { accountId: helene.id, displayName: 'Hélène Mentionnée' },
    ]);
    // Not oneself; nothing for an empty search.
    const self = await readerClient.gql<{ mentionableMembers: unknown[] }>(MENTIONABLE, {
      c: community.id,
      s: 'Bruno',
    });
    expect(self.data!.mentionableMembers).toEqual([]);
    const empty = await readerClient.gql<{ mentionableMembers: unknown[] }>(MENTIONABLE, {
      c: community.id,
      s: '  ',
    });
    expect(empty.data!.mentionableMembers).toEqual([]);
    for (const client of [outsiderClient, t]) {
      const refused = await client.gql(MENTIONABLE, { c: community.id, s: 'Hél' });
      expect(refused.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });

  it('leaves the posts of a muted member out of my feed', async () => {
    const noisy = await createMember(t, community, 'resident');
    const post = await createPost(await logIn(t, noisy), community.id, { body: 'Publicité !' });
    const MUTE = `mutation($c: ID!, $a: ID!, $m: Boolean!) { muteMember(communityId: $c, accountId: $a, muted: $m) { accountId } }`;
    expect((await readerClient.gql(MUTE, { c: community.id, a: noisy.id, m: true })).data).toEqual({
      muteMember: [{ accountId: noisy.id }],
    });
    const ids = async (client: Client) =>
      (await client.gql<FeedView>(FEED, { c: community.id, first: 50 })).data!.feed.edges.map(
        (e) => e.node.id,
      );
    expect(await ids(readerClient)).not.toContain(post.id);
    expect(await ids(authorClient)).toContain(post.id);
    await readerClient.gql(MUTE, { c: community.id, a: noisy.id, m: false });
    expect(await ids(readerClient)).toContain(post.id);
  });

  it('pages newest first with a cursor, and runs the same number of SQL queries whatever the page size', async () => {
    const fresh = await createCommunity(t);
    const member = await createMember(t, fresh, 'resident');
    const client = await logIn(t, member);
    const bodies: string[] = [];
    for (let i = 0; i < 30; i++) {
      bodies.push(`Publication ${i}`);
      const photo =
        i % 3 === 0 ? [await uploadPhoto(t, client, fresh.id, await jpegWithGps(64, 48))] : [];
      const post = await createPost(client, fresh.id, {
        body: `Publication ${i}`,
        photos: photo.map((p) => ({ id: p.body.id, alt: 'photo' })),
      });
      await client.gql(
        `mutation($c: ID!, $p: ID!) { react(communityId: $c, postId: $p, reaction: heart) { id } }`,
        {
          c: fresh.id,
          p: post.id,
        },
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: FeedView } = await client.gql<FeedView>(FEED, {
        c: fresh.id,
        first: 7,
        after,
      });
      seen.push(...page.data!.feed.edges.map((e) => e.node.body));
      after = page.data!.feed.pageInfo.hasNextPage ? page.data!.feed.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...bodies].reverse());

    // Counted at the driver (pg's Client), so that prepared statements count too.
    const db = t.app.get<DataSource>(getDataSourceToken());
    const pgClient = (db.driver as unknown as { postgres: { Client: { prototype: PgQuery } } })
      .postgres.Client.prototype;
    const original = pgClient.query;
    const viewers = t.app.get(ViewerCache);
    // The session read of the viewer is remembered a few seconds (ViewerCache): `warm` reads it
    // just before; otherwise it is forgotten first, as after any change of the account.
    const count = async (first: number, warm = true) => {
      if (warm) await client.gql(`query { me { id } }`);
      else await viewers.changed({ accountIds: [member.id] });
      let n = 0;
      pgClient.query = function (this: unknown, ...args: unknown[]) {
        // Not the federation queue's polling, which runs in the background.
        const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
        if (!text?.includes('federation_queue')) n++;
        return original.apply(this, args);
      };
      try {
        const res = await client.gql<FeedView>(FEED, { c: fresh.id, first });
        expect(res.data!.feed.edges).toHaveLength(first);
      } finally {
        pgClient.query = original;
      }
      return n;
    };
    const small = await count(2);
    const large = await count(30);
    expect(large).toBe(small);
    // The page itself: the session with the viewer's memberships was read a moment before.
    expect(small).toBe(1);
    // Cold, one more whatever the page size: the session with the viewer's memberships.
    expect(await count(2, false)).toBe(2);
    expect(await count(30, false)).toBe(2);
  });

  it('exports a member’s posts, photos, comments and reactions, and erases them (twice safely)', async () => {
    const fresh = await createCommunity(t);
    const leaving = await createMember(t, fresh, 'resident', 'Personne Qui Part');
    const staying = await createMember(t, fresh, 'resident');
    const leavingClient = await logIn(t, leaving);
    const stayingClient = await logIn(t, staying);
    const upload = await uploadPhoto(t, leavingClient, fresh.id, await jpegWithGps());
    const own = await createPost(leavingClient, fresh.id, {
      body: 'Mon texte à effacer',
      photos: [{ id: upload.body.id, alt: 'Mon chat' }],
    });
    const theirs = await createPost(stayingClient, fresh.id, { body: 'Sortie au parc' });
    await leavingClient.gql(
      `mutation($c: ID!, $p: ID!) { addComment(communityId: $c, postId: $p, input: { body: "Commentaire gardé" }) { id } react(communityId: $c, postId: $p, reaction: laugh) { id } muteMember(communityId: $c, accountId: "${staying.id}", muted: true) { accountId } }`,
      { c: fresh.id, p: theirs.id },
    );

    const registry = t.app.get(PrivacyRegistry);
    const feed = registry.all().find((h) => h.module === 'feed')!;
    const db = t.app.get<DataSource>(getDataSourceToken());
    const files: Record<string, Uint8Array> = {};
    const exported = await db.transaction((m) =>
      feed.exportPerson(leaving.id, m, { add: (name, content) => ((files[name] = content), name) }),
    );
    const text = JSON.stringify(exported);
    for (const expected of ['Mon texte à effacer', 'Mon chat', 'Commentaire gardé', 'laugh'])
      expect(text).toContain(expected);
    expect(Object.keys(files)).toEqual([`photos/${upload.body.id}.webp`]);
    expect(
      (await sharp(Buffer.from(files[`photos/${upload.body.id}.webp`])).metadata()).exif,
    ).toBeUndefined();

    for (let run = 0; run < 2; run++)
      for (const hooks of registry.all())
        await db.transaction((m) => hooks.erasePerson(leaving.id, m));

    const leftovers = await t.query(
      `SELECT 'post' AS t FROM feed_post WHERE author_account_id = $1 OR body LIKE '%effacer%'
       UNION ALL SELECT 'photo' FROM feed_photo WHERE id = $2
       UNION ALL SELECT 'comment author' FROM feed_comment WHERE author_account_id = $1
       UNION ALL SELECT 'reaction' FROM feed_reaction WHERE account_id = $1
       UNION ALL SELECT 'mute' FROM feed_mute WHERE account_id = $1 OR muted_account_id = $1
       UNION ALL SELECT 'mention' FROM feed_mention WHERE account_id = $1`,
      [leaving.id, upload.body.id],
    );
    expect(leftovers).toEqual([]);
    expect((await stayingClient.http.get(own.photos[0].url)).status).toBe(404);
    const comments = await stayingClient.gql<{ postComments: { body: string; author: unknown }[] }>(
      `query($c: ID!, $p: ID!) { postComments(communityId: $c, postId: $p) { body author { id displayName formerMember } } }`,
      { c: fresh.id, p: theirs.id },
    );
    expect(comments.data!.postComments).toEqual([
      {
        body: 'Commentaire gardé',
        author: { id: null, displayName: 'Ancien membre', formerMember: true },
      },
    ]);
    const post = await stayingClient.gql<{ post: PostView }>(POST, { c: fresh.id, p: theirs.id });
    expect(post.data!.post.reactions).toEqual([
      expect.objectContaining({ reaction: 'laugh', count: 1 }),
    ]);
  });

  it('deletes the comments of an erased member when the community chose so', async () => {
    const fresh = await createCommunity(t);
    await t.query(`UPDATE community SET keep_comments_of_erased_members = false WHERE id = $1`, [
      fresh.id,
    ]);
    const leaving = await createMember(t, fresh, 'resident');
    const staying = await createMember(t, fresh, 'resident');
    const post = await createPost(await logIn(t, staying), fresh.id, { body: 'Bonjour' });
    await (
      await logIn(t, leaving)
    ).gql(
      `mutation($c: ID!, $p: ID!) { addComment(communityId: $c, postId: $p, input: { body: "Au revoir" }) { id } }`,
      { c: fresh.id, p: post.id },
    );
    const db = t.app.get<DataSource>(getDataSourceToken());
    for (const hooks of t.app.get(PrivacyRegistry).all())
      await db.transaction((m) => hooks.erasePerson(leaving.id, m));
    expect(await t.query(`SELECT body FROM feed_comment WHERE post_id = $1`, [post.id])).toEqual(
      [],
    );
  });

  it('refuses posts from an unknown account and a visitor', async () => {
    const stranger = await logIn(t, await createAccount(t));
    for (const client of [stranger, t]) {
      const res = await client.gql(
        `mutation($c: ID!) { createPost(communityId: $c, input: { body: "x" }) { id } }`,
        {
          c: community.id,
        },
      );
      expect(res.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });

  it('lets the admins choose who may publish on the sas, erasure of comments and the report threshold', async () => {
    const fresh = await createCommunity(t);
    const admin = await logIn(t, await createMember(t, fresh, 'admin'));
    const builder = await logIn(t, await createMember(t, fresh, 'builder'));
    const resident = await logIn(t, await createMember(t, fresh, 'resident'));
    const GET = `query($c: ID!) { feedSettings(communityId: $c) { publicPostRoles keepCommentsOfErasedMembers reportHideThreshold } }`;
    const SET = `mutation($c: ID!, $i: FeedSettingsInput!) { updateFeedSettings(communityId: $c, input: $i) { publicPostRoles keepCommentsOfErasedMembers reportHideThreshold } }`;
    expect((await builder.gql(GET, { c: fresh.id })).data).toEqual({
      feedSettings: {
        publicPostRoles: ['staff', 'builder', 'admin'],
        keepCommentsOfErasedMembers: true,
        reportHideThreshold: 3,
      },
    });
    const input = {
      publicPostRoles: ['resident', 'admin'],
      keepCommentsOfErasedMembers: false,
      reportHideThreshold: 5,
    };
    for (const client of [builder, resident])
      expect((await client.gql(SET, { c: fresh.id, i: input })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
    expect((await admin.gql(SET, { c: fresh.id, i: input })).data).toEqual({
      updateFeedSettings: input,
    });
    const bad = await admin.gql(SET, { c: fresh.id, i: { ...input, reportHideThreshold: 0 } });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'reportHideThreshold', code: 'out_of_range' }),
    ]);
    const post = await createPost(resident, fresh.id, {
      body: 'Pour tout le quartier',
      visibility: 'public',
    });
    expect(
      (await t.gql<{ post: PostView }>(POST, { c: fresh.id, p: post.id })).data!.post.body,
    ).toBe('Pour tout le quartier');
  });
});
