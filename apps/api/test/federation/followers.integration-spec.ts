import type { Activity } from '@fedify/fedify';
import { ErasureService } from '@palier/server-privacy';
import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { createPost } from '../feed/feed-helpers';
import type { Client } from '../test-app';
import { startFediverseAccount, type FediverseAccount } from './fediverse-account';
import { eventually, startServer, type Server } from './two-servers';

const EDIT = `mutation($c: ID!, $p: ID!, $i: PostEditInput!) { editPost(communityId: $c, postId: $p, input: $i) { id } }`;
const DELETE = `mutation($c: ID!, $p: ID!) { deletePost(communityId: $c, postId: $p) }`;

/**
 * A community's public announcements followed from the fediverse: a Mastodon-like account
 * (Fedify, on another loopback address) follows the community, receives its public posts as
 * Notes — created, updated, deleted — and never its members-only posts nor its authors' names.
 */
describe('federation: following a community from Mastodon and other fediverse software', () => {
  let a: Server;
  let alice: FediverseAccount;
  let centre: TestCommunity;
  let staff: Client;
  let staffId: string;
  let actorUri: string;

  /** The activities of a type received since `from`, about the note of `postId`. */
  const received = (type: string, postId: string) =>
    alice.inbox.filter((x) => {
      const json = JSON.stringify([x.id?.href, x.objectId?.href]);
      return x.constructor.name === type && json.includes(postId);
    });
  const waitFor = (type: string, postId: string) =>
    eventually(async () => received(type, postId)[0] as Activity | undefined);

  beforeAll(async () => {
    a = await startServer('127.0.0.1');
    alice = await startFediverseAccount('127.0.0.3');
    centre = await createCommunity(a.t, { name: 'Centre social des Dunes' });
    const member = await createMember(a.t, centre, 'staff', 'Paulette Secrète');
    staffId = member.id;
    staff = await logIn(a.t, member);
    actorUri = `${a.url}/ap/communities/${centre.slug}`;
  });
  afterAll(async () => {
    await alice?.close();
    await a?.t.close();
  });

  it('accepts the follow at once and remembers the follower', async () => {
    const followId = await alice.follow(actorUri);
    const accept = await eventually(async () =>
      alice.inbox.find((x) => x.constructor.name === 'Accept'),
    );
    expect(accept.actorId?.href).toBe(actorUri);
    expect(accept.objectId?.href).toBe(followId);
    const rows = await a.t.query<{ actor_uri: string; follow_id: string }>(
      `SELECT actor_uri, follow_id FROM federation_follower WHERE community_id = $1`,
      [centre.id],
    );
    expect(rows).toEqual([{ actor_uri: alice.actorUri, follow_id: followId }]);
  });

  it('pushes public posts as Notes of the community, then their edits and their removal', async () => {
    const members = await createPost(staff, centre.id, {
      body: 'Réunion du bureau (membres seulement)',
      visibility: 'members',
    });
    const post = await createPost(staff, centre.id, {
      body: 'Atelier vélo samedi à 10 h',
      visibility: 'public',
    });
    const create = await waitFor('Create', post.id);
    const note = (await create.getObject()) as unknown as {
      content: string;
      attributionId: URL;
      toIds: URL[];
    };
    expect(String(note.content)).toBe('<p>Atelier vélo samedi à 10 h</p>');
    expect(note.attributionId.href).toBe(actorUri);
    expect(note.toIds.map(String)).toContain('https://www.w3.org/ns/activitystreams#Public');

    // A reaction or a comment changes nothing a follower has: no Update.
    await staff.gql(
      `mutation($c: ID!, $p: ID!) { react(communityId: $c, postId: $p, reaction: heart) { id } }`,
      { c: centre.id, p: post.id },
    );
    await staff.gql(EDIT, {
      c: centre.id,
      p: post.id,
      i: { body: 'Atelier vélo samedi à 10 h 30', visibility: 'public' },
    });
    const update = await waitFor('Update', post.id);
    expect(String(((await update.getObject()) as unknown as { content: string }).content)).toBe(
      '<p>Atelier vélo samedi à 10 h 30</p>',
    );
    expect(received('Update', post.id)).toHaveLength(1);

    // Made members-only: it leaves the fediverse.
    await staff.gql(EDIT, {
      c: centre.id,
      p: post.id,
      i: { body: 'Atelier vélo samedi à 10 h 30', visibility: 'members' },
    });
    const deleted = await waitFor('Delete', post.id);
    expect(deleted.objectId?.href).toBe(`${actorUri}/notes/${post.id}`);

    // A second public post, deleted by its author: deleted there too.
    const other = await createPost(staff, centre.id, {
      body: 'Vide-grenier',
      visibility: 'public',
    });
    await waitFor('Create', other.id);
    await staff.gql(DELETE, { c: centre.id, p: other.id });
    await waitFor('Delete', other.id);

    // Nothing members-only, and no author's name, ever reached the follower.
    const everything = JSON.stringify(await Promise.all(alice.inbox.map((x) => x.toJsonLd())));
    expect(everything).not.toContain(members.id);
    expect(everything).not.toContain('membres seulement');
    expect(everything).not.toContain('Paulette');
  });

  it('deletes the posts sent to followers when their author’s account is erased', async () => {
    const post = await createPost(staff, centre.id, {
      body: 'Permanence écrivain public mardi',
      visibility: 'public',
    });
    await waitFor('Create', post.id);
    const erasure = a.t.app.get(ErasureService);
    const request = await erasure.schedule(staffId, {
      via: 'self',
      requestedBy: staffId,
      communityId: null,
      reason: null,
      now: true,
    });
    await erasure.run(request.id);
    await waitFor('Delete', post.id);
    const left = await a.t.query(
      `SELECT 1 FROM federation_announced WHERE author_account_id = $1`,
      [staffId],
    );
    expect(left).toEqual([]);
  });

  it('stops pushing after an Undo of the follow', async () => {
    const [{ follow_id }] = await a.t.query<{ follow_id: string }>(
      `SELECT follow_id FROM federation_follower WHERE community_id = $1`,
      [centre.id],
    );
    await alice.unfollow(actorUri, follow_id);
    await eventually(
      async () =>
        (await a.t.query(`SELECT 1 FROM federation_follower WHERE community_id = $1`, [centre.id]))
          .length === 0,
    );
    const builder = await logIn(a.t, await createMember(a.t, centre, 'builder'));
    const post = await createPost(builder, centre.id, {
      body: 'Plus suivie',
      visibility: 'public',
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(received('Create', post.id)).toEqual([]);
    const announced = await a.t.query(`SELECT 1 FROM federation_announced WHERE post_id = $1`, [
      post.id,
    ]);
    expect(announced).toEqual([]);
  });
});
