import { createAccount, createCommunity, type TestCommunity } from '../factories';
import { startServer, type Server } from './two-servers';

const AS = 'application/activity+json';

/**
 * A community's public announcements, read from outside by an independent WebFinger client
 * (webfinger.js) and plain HTTP: only public, visible posts, and nobody's personal data.
 */
describe('federation: public announcements of a community', () => {
  let a: Server;
  let centre: TestCommunity;
  let publicPostId: string;

  beforeAll(async () => {
    a = await startServer('127.0.0.1');
    centre = await createCommunity(a.t, { name: 'Centre social du Port' });
    const author = await createAccount(a.t, {
      displayName: 'Jeanne Confidentielle',
      email: 'jeanne.confidentielle@exemple.fr',
    });
    const insert = async (body: string, visibility: string, hidden = false) => {
      const [row] = await a.t.query<{ id: string }>(
        `INSERT INTO feed_post (community_id, author_account_id, body, visibility, hidden_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [centre.id, author.id, body, visibility, hidden ? new Date() : null],
      );
      return row.id;
    };
    publicPostId = await insert('Fête de quartier samedi\nà 14 h <b>place du marché</b>', 'public');
    await insert('Réunion du bureau : budget des sorties (membres seulement)', 'members');
    await insert('Annonce masquée par la modération', 'public', true);
  });
  afterAll(() => a?.t.close());

  it('is found by an independent WebFinger client and read as public Notes', async () => {
    const { default: WebFinger } = await import('webfinger.js');
    const webfinger = new WebFinger({ tls_only: false, allow_private_addresses: true });
    const found = await webfinger.lookup(`${centre.slug}@${new URL(a.url).host}`);
    const links = (found.object.links ?? []) as { rel: string; href?: string }[];
    const actorUrl = links.find((l) => l.rel === 'self')?.href ?? '';
    expect(actorUrl).toBe(`${a.url}/ap/communities/${centre.slug}`);

    const get = async (url: string) => {
      const res = await fetch(url, { headers: { accept: AS } });
      expect(res.status).toBe(200);
      const text = await res.text();
      return { text, json: JSON.parse(text) };
    };
    const actor = await get(actorUrl);
    expect(actor.json).toMatchObject({ type: 'Group', name: 'Centre social du Port' });
    const outbox = await get(actor.json.outbox);
    expect(outbox.json.type).toBe('OrderedCollection');
    expect(outbox.json.totalItems).toBe(1);
    const [create] = outbox.json.orderedItems;
    expect(create.type).toBe('Create');
    expect(create.object).toMatchObject({
      type: 'Note',
      id: `${actorUrl}/notes/${publicPostId}`,
      attributedTo: actorUrl,
      to: 'as:Public',
      content: '<p>Fête de quartier samedi<br>à 14 h &#60;b&#62;place du marché&#60;/b&#62;</p>',
    });
    const note = await get(create.object.id);
    expect(note.json.type).toBe('Note');
    expect(note.json.content).toBe(create.object.content);

    // Members-only and hidden posts, and the author, never leave the server.
    for (const text of [actor.text, outbox.text, note.text]) {
      expect(text).not.toContain('membres seulement');
      expect(text).not.toContain('masquée');
      expect(text).not.toMatch(/Jeanne|confidentielle/i);
    }
    const [members] = await a.t.query<{ id: string }>(
      `SELECT id FROM feed_post WHERE community_id = $1 AND visibility = 'members'`,
      [centre.id],
    );
    const hiddenNote = await fetch(`${actorUrl}/notes/${members.id}`, {
      headers: { accept: AS },
    });
    expect(hiddenNote.status).not.toBe(200);
  });

  it('tells other servers which software it is (NodeInfo), without counting people', async () => {
    const wellKnown = (await (await fetch(`${a.url}/.well-known/nodeinfo`)).json()) as {
      links: { rel: string; href: string }[];
    };
    const link = wellKnown.links.find((l) => l.rel.includes('nodeinfo'));
    const info = (await (await fetch(link?.href ?? '')).json()) as {
      software: { name: string };
      protocols: string[];
      usage: { users: object };
    };
    expect(info.software.name).toBe('palier');
    expect(info.protocols).toEqual(['activitypub']);
    expect(info.usage.users).toEqual({});
  });
});
