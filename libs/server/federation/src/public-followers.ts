import { createHash } from 'node:crypto';
import {
  Accept,
  type Actor,
  type Context,
  Create,
  Delete,
  Follow,
  type Note,
  PUBLIC_COLLECTION,
  type Recipient,
  Tombstone,
  Update,
} from '@fedify/fedify';
import { instant } from './instant';
import type { DataSource, EntityManager } from 'typeorm';

/** A public post as a Note shows it (never its author). */
export interface PublicPost {
  id: string;
  body: string;
  content_warning: string | null;
  created_at: Date;
  edited_at: Date | null;
}

/** What the followers' side needs from the federation service. */
export interface AnnouncementHost {
  context(): Context<void>;
  note(ctx: Context<void>, slug: string, post: PublicPost): Note;
  noteCreate(ctx: Context<void>, slug: string, post: PublicPost): Create;
  accept(slug: string, follow: Follow): Accept;
  noteUri(slug: string, postId: string): string;
  blocked(uri: string): boolean;
  failed(what: string, error: unknown): void;
}

interface FollowerRow {
  actor_uri: string;
  inbox: string;
  shared_inbox: string | null;
}

/** What a follower has of a post: a change of any of these is sent as an Update. */
const digestOf = (post: PublicPost) =>
  createHash('sha256')
    .update(JSON.stringify([post.body, post.content_warning, post.edited_at]))
    .digest('base64url');

/**
 * Fediverse accounts (Mastodon and others) following a community's public announcements:
 * read-only, public posts only. A Follow by anyone but a community (Group) is accepted at once —
 * what they get is already public on the sas — and each public post is pushed to them as a Note
 * of the community: Create when published, Update when edited, Delete when hidden, made
 * members-only, deleted, or when its author's account is erased. Members-only posts, comments,
 * reactions and authors never leave the server.
 */
export class PublicFollowers {
  constructor(
    private readonly db: DataSource,
    private readonly host: AnnouncementHost,
  ) {}

  /** Remembers the follower and accepts its Follow. */
  async follow(
    ctx: Context<void>,
    slug: string,
    communityId: string,
    actor: Actor,
    follow: Follow,
  ): Promise<void> {
    if (!actor.id || !actor.inboxId || !follow.id) return;
    await this.db.query(
      `INSERT INTO federation_follower (community_id, actor_uri, inbox, shared_inbox, follow_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (community_id, actor_uri) DO UPDATE SET inbox = $3, shared_inbox = $4, follow_id = $5`,
      [
        communityId,
        actor.id.href,
        actor.inboxId.href,
        actor.endpoints?.sharedInbox?.href ?? null,
        follow.id.href,
      ],
    );
    await ctx.sendActivity({ identifier: slug }, actor, this.host.accept(slug, follow));
  }

  /** An Undo of a follower's Follow: true when it was one (the follower is forgotten). */
  async unfollow(followId: string, actorUri: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.db.query(
      `DELETE FROM federation_follower WHERE follow_id = $1 AND actor_uri = $2 RETURNING 1`,
      [followId, actorUri],
    );
    return rows.length > 0;
  }

  /**
   * A post was published or changed: sent as a Create (first time) or an Update (its text
   * changed) when it is public and visible; retracted when it no longer is.
   */
  async postChanged(postId: string): Promise<void> {
    const [post]: (PublicPost & {
      community_id: string;
      slug: string;
      author_account_id: string | null;
      shown: boolean;
    })[] = await this.db.query(
      `SELECT p.id, p.body, p.content_warning, p.created_at, p.edited_at, p.author_account_id,
              p.community_id, c.slug, (p.visibility = 'public' AND p.hidden_at IS NULL) AS shown
         FROM feed_post p JOIN community c ON c.id = p.community_id WHERE p.id = $1`,
      [postId],
    );
    if (!post?.shown) return this.retract(postId);
    const followers = await this.followers(this.db.manager, post.community_id);
    if (!followers.length) return;
    // Recorded first, atomically: two events of one post send one Create, then Updates only
    // when the text really changed (reactions and comments change nothing here).
    const [sent]: { created: boolean }[] = await this.db.query(
      `INSERT INTO federation_announced (post_id, community_id, author_account_id, digest)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (post_id) DO UPDATE SET digest = EXCLUDED.digest, sent_at = now()
        WHERE federation_announced.digest <> EXCLUDED.digest
       RETURNING (xmax = 0) AS created`,
      [post.id, post.community_id, post.author_account_id, digestOf(post)],
    );
    if (!sent) return;
    const ctx = this.host.context();
    const activity = sent.created
      ? this.host.noteCreate(ctx, post.slug, post)
      : new Update({
          id: new URL(`${this.host.noteUri(post.slug, post.id)}#update/${crypto.randomUUID()}`),
          actor: ctx.getActorUri(post.slug),
          to: PUBLIC_COLLECTION,
          updated: instant(post.edited_at ?? new Date()),
          object: this.host.note(ctx, post.slug, post),
        });
    await this.send(ctx, post.slug, followers, activity);
  }

  /** A post sent to followers is no longer public (hidden, members-only, deleted): Delete. */
  async retract(postId: string, manager: EntityManager = this.db.manager): Promise<void> {
    const [gone]: [{ community_id: string }[], number] = await manager.query(
      `DELETE FROM federation_announced WHERE post_id = $1 RETURNING community_id`,
      [postId],
    );
    if (gone[0]) await this.sendDelete(manager, gone[0].community_id, postId);
  }

  /**
   * Erasure of an account: its posts sent to followers are deleted there too. The rows go in the
   * erasure's transaction (`manager`); the Deletes are sent once it is over (sending reads the
   * community's keys, and the embedded database has a single connection).
   */
  async eraseAuthor(accountId: string, manager: EntityManager): Promise<void> {
    const [gone]: [{ post_id: string; community_id: string }[], number] = await manager.query(
      `DELETE FROM federation_announced WHERE author_account_id = $1 RETURNING post_id, community_id`,
      [accountId],
    );
    if (!gone.length) return;
    setImmediate(() => {
      void (async () => {
        for (const { post_id, community_id } of gone)
          await this.sendDelete(this.db.manager, community_id, post_id);
      })().catch((error: unknown) => this.host.failed('deleting erased posts', error));
    });
  }

  private async sendDelete(
    manager: EntityManager,
    communityId: string,
    postId: string,
  ): Promise<void> {
    const followers = await this.followers(manager, communityId);
    if (!followers.length) return;
    const [{ slug }]: { slug: string }[] = await manager.query(
      `SELECT slug FROM community WHERE id = $1`,
      [communityId],
    );
    const ctx = this.host.context();
    const noteUri = this.host.noteUri(slug, postId);
    await this.send(
      ctx,
      slug,
      followers,
      new Delete({
        id: new URL(`${noteUri}#delete`),
        actor: ctx.getActorUri(slug),
        to: PUBLIC_COLLECTION,
        object: new Tombstone({ id: new URL(noteUri) }),
      }),
    );
  }

  private async followers(manager: EntityManager, communityId: string): Promise<Recipient[]> {
    const rows: FollowerRow[] = await manager.query(
      `SELECT actor_uri, inbox, shared_inbox FROM federation_follower WHERE community_id = $1`,
      [communityId],
    );
    return rows
      .filter((r) => !this.host.blocked(r.actor_uri))
      .map((r) => ({
        id: new URL(r.actor_uri),
        inboxId: new URL(r.inbox),
        endpoints: { sharedInbox: r.shared_inbox ? new URL(r.shared_inbox) : null },
      }));
  }

  private async send(
    ctx: Context<void>,
    slug: string,
    followers: Recipient[],
    activity: Create | Update | Delete,
  ): Promise<void> {
    await ctx.sendActivity({ identifier: slug }, followers, activity, { preferSharedInbox: true });
  }
}
