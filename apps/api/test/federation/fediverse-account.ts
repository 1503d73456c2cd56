import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  Accept,
  type Activity,
  Create,
  createFederation,
  Delete,
  Endpoints,
  type Federation,
  Follow,
  generateCryptoKeyPair,
  isActor,
  MemoryKvStore,
  Person,
  Reject,
  Undo,
  Update,
} from '@fedify/fedify';

/**
 * A fediverse account (a Person, as on Mastodon) on its own loopback address, built with Fedify
 * only — not Palier's code: it follows a community, keeps what reaches its inbox, and unfollows.
 */
export interface FediverseAccount {
  url: string;
  actorUri: string;
  /** Activities received in its inbox, oldest first. */
  inbox: Activity[];
  follow(communityActorUri: string): Promise<string>;
  unfollow(communityActorUri: string, followId: string): Promise<void>;
  close(): Promise<void>;
}

export async function startFediverseAccount(
  host: string,
  name = 'alice',
): Promise<FediverseAccount> {
  const inbox: Activity[] = [];
  const keys = await generateCryptoKeyPair('RSASSA-PKCS1-v1_5');
  const http: HttpServer = createServer();
  await new Promise<void>((resolve) => http.listen(0, host, resolve));
  const url = `http://${host}:${(http.address() as AddressInfo).port}`;
  const federation: Federation<void> = createFederation<void>({
    kv: new MemoryKvStore(),
    origin: url,
    allowPrivateAddress: true,
  });
  federation
    .setActorDispatcher('/users/{identifier}', async (ctx, identifier) => {
      if (identifier !== name) return null;
      const pairs = await ctx.getActorKeyPairs(identifier);
      return new Person({
        id: ctx.getActorUri(identifier),
        preferredUsername: identifier,
        name: 'Alice du Fédivers',
        inbox: ctx.getInboxUri(identifier),
        endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
        publicKey: pairs[0]?.cryptographicKey,
      });
    })
    .setKeyPairsDispatcher((_ctx, identifier) => (identifier === name ? [keys] : []));
  const keep = async (_ctx: unknown, activity: Activity) => void inbox.push(activity);
  federation
    .setInboxListeners('/users/{identifier}/inbox', '/inbox')
    .on(Accept, keep)
    .on(Reject, keep)
    .on(Create, keep)
    .on(Update, keep)
    .on(Delete, keep);

  http.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers.set(key, value);
      const response = await federation.fetch(
        new Request(new URL(req.url ?? '/', url), {
          method: req.method,
          headers,
          body: chunks.length ? Buffer.concat(chunks) : undefined,
        }),
        { contextData: undefined },
      );
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });

  const ctx = () => federation.createContext(new URL(url), undefined);
  const target = async (actorUri: string) => {
    const actor = await ctx().lookupObject(actorUri);
    if (!actor || !isActor(actor)) throw new Error(`No actor at ${actorUri}`);
    return actor;
  };
  const actorUri = ctx().getActorUri(name).href;
  const followOf = (communityActorUri: string, id: string) =>
    new Follow({ id: new URL(id), actor: new URL(actorUri), object: new URL(communityActorUri) });
  return {
    url,
    actorUri,
    inbox,
    async follow(communityActorUri) {
      const id = `${actorUri}#follows/${crypto.randomUUID()}`;
      await ctx().sendActivity(
        { identifier: name },
        await target(communityActorUri),
        followOf(communityActorUri, id),
      );
      return id;
    },
    async unfollow(communityActorUri, followId) {
      await ctx().sendActivity(
        { identifier: name },
        await target(communityActorUri),
        new Undo({
          id: new URL(`${actorUri}#undo/${crypto.randomUUID()}`),
          actor: new URL(actorUri),
          object: followOf(communityActorUri, followId),
        }),
      );
    },
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}
