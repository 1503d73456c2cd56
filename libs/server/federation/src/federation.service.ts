import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Accept,
  type Activity,
  type Actor,
  type Context,
  createFederation,
  Endpoints,
  exportJwk,
  type Federation,
  Follow,
  generateCryptoKeyPair,
  getActorHandle,
  Group,
  importJwk,
  isActor,
  Note,
  parseSemVer,
  PUBLIC_COLLECTION,
  Create,
  Delete,
  Join,
  Reject,
  Undo,
  Update,
} from '@fedify/fedify';
import { APP_CONFIG, AppError, DomainEvents, type AppConfig } from '@palier/server-core';
import {
  livePartnershipConflict,
  OffersService,
  RemoteOffersService,
} from '@palier/server-sharing';
import { DataSource } from 'typeorm';
import type { webcrypto } from 'node:crypto';
import { isBlocked } from './blocklist';
import { instant } from './instant';
import { toHtml } from './html-text';
import { isJoinId, OfferFederation } from './offers.federation';
import { PublicFollowers, type PublicPost } from './public-followers';
import { PostgresKvStore } from './store/postgres-kv-store';
import { PostgresMessageQueue } from './store/postgres-message-queue';

/** Where a community's actor lives: `/ap/communities/<slug>` (WebFinger `acct:<slug>@<host>`). */
export const ACTOR_PATH = '/ap/communities/{identifier}';

/** The version told in NodeInfo (the package's). */
const PALIER_VERSION = '0.1.0';

/** How many of the newest public posts the outbox lists. */
const OUTBOX_SIZE = 20;

const KEY_ALGORITHMS = ['RSASSA-PKCS1-v1_5', 'Ed25519'] as const;

/** What we keep of a remote community's actor. */
export interface RemoteActor {
  uri: string;
  handle: string;
  name: string;
  inbox: string;
}

interface FederatedPartnership {
  id: string;
  status: string;
  local_community_id: string;
  slug: string;
  we_requested: boolean;
  remote_actor_uri: string;
  inbox: string;
  our_follow_id: string | null;
  their_follow_id: string | null;
}

/**
 * The ActivityPub side of Palier, built on Fedify (HTTP signatures, keys, WebFinger, delivery
 * queue with retries). Each community is a Group actor. A partnership with a community of another
 * server is a mutual Follow + Accept between the two Group actors; the rows are the sharing
 * module's `sharing_partnership` (the remote side by its actor URI) plus `federation_partnership`
 * (the Follow activities).
 */
@Injectable()
export class FederationService implements OnModuleDestroy {
  private readonly logger = new Logger(FederationService.name);
  readonly federation: Federation<void>;
  private readonly stopQueue = new AbortController();
  /** Offers and claims across servers. */
  readonly offers: OfferFederation;
  /** The queue's listener, until it stops (when the app closes). */
  private readonly queueListening: Promise<void>;
  /** Fediverse accounts following communities' public announcements. */
  readonly followers: PublicFollowers;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEvents,
    offers: OffersService,
    remoteOffers: RemoteOffersService,
  ) {
    this.offers = new OfferFederation({
      db,
      publicUrl: config.publicUrl,
      offers,
      remoteOffers,
      context: () => this.context(),
      actorUri: (slug) => this.actorUri(slug),
      send: (slug, remote, activity) => this.send(slug, remote, activity),
      blocked: (uri) => this.blocked(uri),
    });
    this.federation = createFederation<void>({
      // In PostgreSQL: deliveries and their retries survive a restart, shared by all processes.
      kv: new PostgresKvStore(db),
      queue: new PostgresMessageQueue(db, (error) => this.failed('a queued delivery', error)),
      manuallyStartQueue: true,
      origin: config.publicUrl,
      // SSRF guard: Fedify refuses to fetch private and loopback addresses unless told here.
      allowPrivateAddress: config.federationAllowPrivateHosts,
      userAgent: { software: 'Palier' },
    });
    this.followers = new PublicFollowers(db, this);
    this.setUp();
    this.queueListening = this.federation
      .startQueue(undefined, { signal: this.stopQueue.signal })
      .catch((error: unknown) => this.failed('the delivery queue', error));
  }

  /** Stops taking deliveries, and lets the one under way end before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopQueue.abort();
    await this.queueListening;
  }

  /** A delivery that could not even be queued (logged; Fedify retries the queued ones). */
  failed(what: string, error: unknown): void {
    this.logger.error(`Federation: ${what} failed: ${String(error)}`);
  }

  blocked(uri: string | URL | null | undefined): boolean {
    return uri == null || isBlocked(this.config.federationBlocklist, String(uri));
  }

  /** A context for activities we send (outside an HTTP request). */
  context(): Context<void> {
    return this.federation.createContext(new URL(this.config.publicUrl), undefined);
  }

  actorUri(slug: string): string {
    return this.context().getActorUri(slug).href;
  }

  private setUp(): void {
    const db = this.db;
    this.federation
      .setActorDispatcher(ACTOR_PATH, async (ctx, identifier) => {
        const [community]: { slug: string; name: string; presentation: string }[] = await db.query(
          `SELECT slug, name, presentation FROM community WHERE slug = $1`,
          [identifier],
        );
        if (!community) return null;
        const keys = await ctx.getActorKeyPairs(identifier);
        return new Group({
          id: ctx.getActorUri(identifier),
          preferredUsername: identifier,
          name: community.name,
          summary: community.presentation || null,
          url: new URL(`/c/${community.slug}`, this.config.publicUrl),
          inbox: ctx.getInboxUri(identifier),
          outbox: ctx.getOutboxUri(identifier),
          endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
          manuallyApprovesFollowers: true,
          publicKey: keys[0]?.cryptographicKey,
          assertionMethods: keys.map((k) => k.multikey),
        });
      })
      .setKeyPairsDispatcher((_ctx, identifier) => this.keyPairs(identifier));

    // NodeInfo: which software this is, for other fediverse servers (no counts of people).
    this.federation.setNodeInfoDispatcher('/nodeinfo/2.1', () => ({
      software: { name: 'palier', version: parseSemVer(PALIER_VERSION) },
      protocols: ['activitypub'],
      openRegistrations: false,
      usage: { users: {}, localPosts: 0, localComments: 0 },
    }));

    // Public announcements: the community's public posts (never members-only ones, never hidden
    // ones, never their authors), as Notes of the community, read-only.
    this.federation.setObjectDispatcher(
      Note,
      '/ap/communities/{identifier}/notes/{id}',
      async (ctx, { identifier, id }) => {
        if (!/^[0-9a-f-]{36}$/.test(id)) return null;
        const [post] = await this.publicPosts(identifier, id);
        return post ? this.note(ctx, identifier, post) : null;
      },
    );
    this.federation
      .setOutboxDispatcher('/ap/communities/{identifier}/outbox', async (ctx, identifier) => {
        const posts = await this.publicPosts(identifier);
        return {
          items: posts.map((post) => this.noteCreate(ctx, identifier, post)),
        };
      })
      .setCounter(async (_ctx, identifier) => (await this.publicPosts(identifier)).length);

    this.federation
      .setInboxListeners('/ap/communities/{identifier}/inbox', '/ap/inbox')
      .on(Follow, async (ctx, follow) => {
        if (!follow.id || !follow.objectId || this.blocked(follow.actorId)) return;
        const target = ctx.parseUri(follow.objectId);
        if (target?.type !== 'actor') return;
        const actor = await follow.getActor(ctx);
        if (!actor || !isActor(actor) || this.blocked(actor.id)) return;
        const [community]: { id: string }[] = await db.query(
          `SELECT id FROM community WHERE slug = $1`,
          [target.identifier],
        );
        if (!community) return;
        if (!(actor instanceof Group)) {
          // A person (Mastodon…) follows the public announcements; communities become partners.
          await this.followers.follow(ctx, target.identifier, community.id, actor, follow);
          return;
        }
        const remote = await this.remember(actor, ctx);
        await this.receiveFollow(community.id, target.identifier, remote, follow, follow.id.href);
      })
      .on(Create, (ctx, create) => this.offers.receiveOffer(ctx, create))
      .on(Update, (ctx, update) => this.offers.receiveOffer(ctx, update))
      .on(Delete, (_ctx, del) => this.offers.receiveDelete(del))
      .on(Join, (_ctx, join) => this.offers.receiveJoin(join))
      .on(Accept, async (ctx, accept) => {
        const followId = accept.objectId?.href;
        if (!followId || !accept.actorId || this.blocked(accept.actorId)) return;
        if (isJoinId(followId))
          return this.offers.receiveAnswer(accept.actorId.href, followId, true, '');
        const [changed]: [{ id: string; status: string }[], number] = await db.query(
          `UPDATE sharing_partnership p SET status = 'active', decided_at = now()
             FROM federation_partnership f
            WHERE f.partnership_id = p.id AND f.our_follow_id = $1 AND f.remote_actor_uri = $2
              AND p.status = 'requested' AND p.requester_community_id IS NOT NULL
        RETURNING p.id, p.status`,
          [followId, accept.actorId?.href],
        );
        await this.told(changed, accept.actorId);
        void ctx;
      })
      .on(Reject, async (_ctx, reject) => {
        const followId = reject.objectId?.href;
        if (!followId || !reject.actorId || this.blocked(reject.actorId)) return;
        if (isJoinId(followId))
          return this.offers.receiveAnswer(
            reject.actorId.href,
            followId,
            false,
            String(reject.summary ?? 'Demande refusée par le partenaire.'),
          );
        // Declined while asked; refused later (a follow-back), the partnership ends.
        const [changed]: [{ id: string; status: string }[], number] = await db.query(
          `UPDATE sharing_partnership p
              SET status = CASE p.status WHEN 'requested' THEN 'declined' ELSE 'ended' END,
                  decided_at = CASE p.status WHEN 'requested' THEN now() ELSE p.decided_at END,
                  ended_at = CASE p.status WHEN 'requested' THEN NULL ELSE now() END
             FROM federation_partnership f
            WHERE f.partnership_id = p.id AND f.our_follow_id = $1 AND f.remote_actor_uri = $2
              AND p.status IN ('requested', 'active')
        RETURNING p.id, p.status`,
          [followId, reject.actorId?.href],
        );
        await this.told(changed, reject.actorId);
      })
      .on(Undo, async (_ctx, undo) => {
        const followId = undo.objectId?.href;
        if (!followId || !undo.actorId || this.blocked(undo.actorId)) return;
        if (isJoinId(followId)) return this.offers.receiveUndoJoin(undo.actorId.href, followId);
        if (await this.followers.unfollow(followId, undo.actorId.href)) return;
        const [changed]: [{ id: string; status: string }[], number] = await db.query(
          `UPDATE sharing_partnership p SET status = 'ended', ended_at = now()
             FROM federation_partnership f
            WHERE f.partnership_id = p.id AND f.their_follow_id = $1 AND f.remote_actor_uri = $2
              AND p.status IN ('requested', 'active')
        RETURNING p.id, p.status`,
          [followId, undo.actorId?.href],
        );
        await this.told(changed, undo.actorId);
      });
  }

  noteUri(slug: string, postId: string): string {
    return `${this.actorUri(slug)}/notes/${postId}`;
  }

  /** The newest public posts of a community (or one of them), only what the sas shows anyone. */
  private publicPosts(slug: string, postId?: string): Promise<PublicPost[]> {
    return this.db.query(
      `SELECT p.id, p.body, p.content_warning, p.created_at, p.edited_at
         FROM feed_post p JOIN community c ON c.id = p.community_id
        WHERE c.slug = $1 AND p.visibility = 'public' AND p.hidden_at IS NULL
          AND ($2::uuid IS NULL OR p.id = $2)
        ORDER BY p.created_at DESC LIMIT ${OUTBOX_SIZE}`,
      [slug, postId ?? null],
    );
  }

  /** The Create of a public post's Note (the outbox's items, and what followers receive). */
  noteCreate(ctx: Context<void>, slug: string, post: PublicPost): Create {
    return new Create({
      id: new URL(`${this.noteUri(slug, post.id)}#create`),
      actor: ctx.getActorUri(slug),
      to: PUBLIC_COLLECTION,
      published: instant(post.created_at),
      object: this.note(ctx, slug, post),
    });
  }

  /** A public post as a Note of the community (never its author). */
  note(ctx: Context<void>, slug: string, post: PublicPost): Note {
    return new Note({
      id: new URL(this.noteUri(slug, post.id)),
      attribution: ctx.getActorUri(slug),
      to: PUBLIC_COLLECTION,
      summary: post.content_warning,
      content: toHtml(post.body),
      url: new URL(`/c/${slug}`, this.config.publicUrl),
      published: instant(post.created_at),
      updated: post.edited_at ? instant(post.edited_at) : null,
    });
  }

  /** Tells the local side (notifications) what the remote community did, as a local one would. */
  private async told(rows: { id: string; status: string }[], actor: URL | null): Promise<void> {
    const states = {
      requested: 'requested',
      active: 'accepted',
      declined: 'declined',
      ended: 'ended',
    } as const;
    if (!actor) return;
    await this.events.publish(
      rows.map((r) => ({
        type: 'sharing.partnership.changed' as const,
        payload: {
          partnershipId: r.id,
          byCommunityId: actor.href,
          state: states[r.status as keyof typeof states],
        },
      })),
    );
  }

  /** The community's key pairs, made and stored the first time they are needed. */
  private async keyPairs(slug: string): Promise<webcrypto.CryptoKeyPair[]> {
    const [community]: { id: string }[] = await this.db.query(
      `SELECT id FROM community WHERE slug = $1`,
      [slug],
    );
    if (!community) return [];
    const pairs: webcrypto.CryptoKeyPair[] = [];
    for (const algorithm of KEY_ALGORITHMS) {
      let [row]: { public_jwk: webcrypto.JsonWebKey; private_jwk: webcrypto.JsonWebKey }[] =
        await this.db.query(
          `SELECT public_jwk, private_jwk FROM federation_key WHERE community_id = $1 AND algorithm = $2`,
          [community.id, algorithm],
        );
      if (!row) {
        const made = await generateCryptoKeyPair(algorithm);
        const fresh = {
          public_jwk: await exportJwk(made.publicKey),
          private_jwk: await exportJwk(made.privateKey),
        };
        // Two requests may make keys at once: the first stored wins, the other reads it.
        await this.db.query(
          `INSERT INTO federation_key (community_id, algorithm, public_jwk, private_jwk)
           VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [community.id, algorithm, fresh.public_jwk, fresh.private_jwk],
        );
        [row] = await this.db.query(
          `SELECT public_jwk, private_jwk FROM federation_key WHERE community_id = $1 AND algorithm = $2`,
          [community.id, algorithm],
        );
      }
      pairs.push({
        publicKey: await importJwk(row.public_jwk, 'public'),
        privateKey: await importJwk(row.private_jwk, 'private'),
      });
    }
    return pairs;
  }

  /** Stores (or refreshes) what we know of a remote community's actor. */
  private async remember(actor: Actor, ctx: Context<void>): Promise<RemoteActor> {
    if (!actor.id || !actor.inboxId)
      throw AppError.badInput([], 'Cet acteur n’a pas de boîte de réception.');
    const handle = await getActorHandle(actor, { trimLeadingAt: true }).catch(
      () => actor.id?.href ?? '',
    );
    const name = String(actor.name ?? actor.preferredUsername ?? handle).slice(0, 200);
    const remote = {
      uri: actor.id.href,
      handle: handle.slice(0, 300),
      name,
      inbox: actor.inboxId.href,
    };
    await this.db.query(
      `INSERT INTO federation_actor (uri, handle, name, inbox) VALUES ($1, $2, $3, $4)
       ON CONFLICT (uri) DO UPDATE SET handle = $2, name = $3, inbox = $4, fetched_at = now()`,
      [remote.uri, remote.handle, remote.name, remote.inbox],
    );
    void ctx;
    return remote;
  }

  private reject(ctx: Context<void>, slug: string, follow: Follow): Reject {
    return new Reject({
      id: new URL(`#reject/${crypto.randomUUID()}`, ctx.getActorUri(slug)),
      actor: ctx.getActorUri(slug),
      object: follow,
    });
  }

  /**
   * A remote community follows one of ours: a partnership request, or — when we asked first —
   * its follow-back, which we accept at once (the partnership is then mutual).
   */
  private async receiveFollow(
    communityId: string,
    slug: string,
    remote: RemoteActor,
    follow: Follow,
    followId: string,
  ): Promise<void> {
    const [existing]: { id: string; we_requested: boolean }[] = await this.db.query(
      `SELECT p.id, (p.requester_community_id = $1) AS we_requested FROM sharing_partnership p
        WHERE p.status IN ('requested', 'active')
          AND ((p.requester_community_id = $1 AND p.recipient_actor_uri = $2)
            OR (p.recipient_community_id = $1 AND p.requester_actor_uri = $2))`,
      [communityId, remote.uri],
    );
    if (existing?.we_requested) {
      await this.db.query(
        `UPDATE federation_partnership SET their_follow_id = $2 WHERE partnership_id = $1`,
        [existing.id, followId],
      );
      await this.send(slug, remote, this.accept(slug, follow));
      return;
    }
    if (existing) return; // a repeated request: already pending or active
    const summary = follow.summary ? String(follow.summary).slice(0, 500) : '';
    const id: string = await this.db.transaction(async (m) => {
      const [{ id }] = await m.query(
        `INSERT INTO sharing_partnership (requester_actor_uri, recipient_community_id, message)
         VALUES ($1, $2, $3) RETURNING id`,
        [remote.uri, communityId, summary],
      );
      await m.query(
        `INSERT INTO federation_partnership (partnership_id, remote_actor_uri, their_follow_id)
         VALUES ($1, $2, $3)`,
        [id, remote.uri, followId],
      );
      return id;
    });
    await this.told([{ id, status: 'requested' }], new URL(remote.uri));
  }

  /** Our community's Accept of a Follow (a partner's, or a fediverse follower's). */
  accept(slug: string, follow: Follow): Accept {
    const ctx = this.context();
    return new Accept({
      id: new URL(`#accept/${crypto.randomUUID()}`, ctx.getActorUri(slug)),
      actor: ctx.getActorUri(slug),
      object: follow,
    });
  }

  /** A new Follow id of our community for a partnership. */
  private followId(slug: string, partnershipId: string): string {
    return new URL(`#follow/${partnershipId}/${crypto.randomUUID()}`, this.actorUri(slug)).href;
  }

  /** A Follow between our community and a remote one (ours to them, or theirs to us). */
  private follow(
    p: { slug: string; remote_actor_uri: string },
    id: string,
    ours: boolean,
    message = '',
  ): Follow {
    const local = new URL(this.actorUri(p.slug));
    const remote = new URL(p.remote_actor_uri);
    return new Follow({
      id: new URL(id),
      actor: ours ? local : remote,
      object: ours ? remote : local,
      summary: message || null,
    });
  }

  private async send(
    slug: string,
    remote: { uri: string; inbox: string },
    activity: Activity,
  ): Promise<void> {
    await this.context().sendActivity(
      { identifier: slug },
      { id: new URL(remote.uri), inboxId: new URL(remote.inbox) },
      activity,
    );
  }

  /** Finds a remote community by its handle (`slug@host`) or its actor URL. */
  async lookUp(address: string): Promise<RemoteActor> {
    const trimmed = address.trim().replace(/^@/, '');
    const notFound = () =>
      AppError.notFound(
        'Nous ne trouvons pas cette communauté : vérifiez son adresse (nom@serveur).',
      );
    if (!/^[^@\s]+@[^@\s]+$/.test(trimmed) && !/^https?:\/\//.test(trimmed)) throw notFound();
    if (
      this.blocked(
        trimmed.includes('@') && !trimmed.startsWith('http')
          ? `https://${trimmed.split('@')[1]}/`
          : trimmed,
      )
    )
      throw new AppError('FORBIDDEN', 'Ce serveur est bloqué par l’administration de Palier.');
    const ctx = this.context();
    const found = await ctx.lookupObject(trimmed).catch(() => null);
    if (!found || !(found instanceof Group) || this.blocked(found.id)) throw notFound();
    return this.remember(found, ctx);
  }

  /** Our community asks a remote one to become partners: the row, then a Follow. */
  async requestRemote(
    accountId: string,
    communityId: string,
    address: string,
    message: string,
  ): Promise<string> {
    const remote = await this.lookUp(address);
    if (remote.uri.startsWith(`${this.config.publicUrl}/`))
      throw AppError.badInput(
        [],
        'Cette communauté est sur ce serveur : choisissez-la dans l’annuaire.',
      );
    const [{ slug }]: { slug: string }[] = await this.db.query(
      `SELECT slug FROM community WHERE id = $1`,
      [communityId],
    );
    let id: string;
    try {
      id = await this.db.transaction(async (m) => {
        const [{ id: created }] = await m.query(
          `INSERT INTO sharing_partnership (requester_community_id, recipient_actor_uri, message, requested_by_account_id)
           VALUES ($1, $2, $3, $4) RETURNING id`,
          [communityId, remote.uri, message, accountId],
        );
        await m.query(
          `INSERT INTO federation_partnership (partnership_id, remote_actor_uri, our_follow_id) VALUES ($1, $2, $3)`,
          [created, remote.uri, this.followId(slug, created)],
        );
        return created as string;
      });
    } catch (error) {
      throw livePartnershipConflict(error);
    }
    const p = await this.federated(id);
    if (p?.our_follow_id)
      await this.send(
        slug,
        { uri: remote.uri, inbox: remote.inbox },
        this.follow(p, p.our_follow_id, true, message),
      );
    return id;
  }

  private async federated(partnershipId: string): Promise<FederatedPartnership | undefined> {
    const [row]: FederatedPartnership[] = await this.db.query(
      `SELECT p.id, p.status, c.id AS local_community_id, c.slug,
              (p.requester_community_id IS NOT NULL) AS we_requested,
              f.remote_actor_uri, a.inbox, f.our_follow_id, f.their_follow_id
         FROM sharing_partnership p
         JOIN federation_partnership f ON f.partnership_id = p.id
         JOIN federation_actor a ON a.uri = f.remote_actor_uri
         JOIN community c ON c.id = coalesce(p.requester_community_id, p.recipient_community_id)
        WHERE p.id = $1`,
      [partnershipId],
    );
    return row;
  }

  /**
   * Tells the remote community what our side decided (after the commit): accepted (Accept of
   * its Follow, then our follow-back), declined (Reject), ended (Undo of our Follow, or a Reject
   * of its request when we had not followed back yet).
   */
  async partnershipChanged(partnershipId: string, state: string): Promise<void> {
    const p = await this.federated(partnershipId);
    if (!p) return;
    const remote = { uri: p.remote_actor_uri, inbox: p.inbox };
    const ctx = this.context();
    if (state === 'accepted' && p.their_follow_id) {
      await this.send(
        p.slug,
        remote,
        this.accept(p.slug, this.follow(p, p.their_follow_id, false)),
      );
      const back = this.followId(p.slug, p.id);
      await this.db.query(
        `UPDATE federation_partnership SET our_follow_id = $2 WHERE partnership_id = $1`,
        [p.id, back],
      );
      await this.send(p.slug, remote, this.follow(p, back, true));
    } else if (state === 'declined' && p.their_follow_id) {
      await this.send(
        p.slug,
        remote,
        this.reject(ctx, p.slug, this.follow(p, p.their_follow_id, false)),
      );
    } else if (state === 'ended') {
      if (p.our_follow_id)
        await this.send(
          p.slug,
          remote,
          new Undo({
            id: new URL(`#undo/${crypto.randomUUID()}`, ctx.getActorUri(p.slug)),
            actor: ctx.getActorUri(p.slug),
            object: this.follow(p, p.our_follow_id, true),
          }),
        );
      else if (p.their_follow_id)
        await this.send(
          p.slug,
          remote,
          this.reject(ctx, p.slug, this.follow(p, p.their_follow_id, false)),
        );
    }
  }
}
