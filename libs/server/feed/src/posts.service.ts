import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  decodeCursor,
  encodeCursor,
  fieldProblem,
  FileStorage,
  parseInput,
  preparedQuery,
  Transactions,
  ViewerSource,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import {
  FEED_LIMITS,
  postEditInput,
  postInput,
  REACTION_EMOJI,
  REACTIONS,
  type Reaction,
  underDigitalMajority,
} from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import { FeedPageDto, MemberNameDto, PostDto, ReactorDto } from './dto/post.dto';
import { ReactionEnum } from './feed.enums';
import {
  canSeePost,
  isModerator,
  mayPublishPublicly,
  PIN_ROLES,
  visiblePostsSql,
} from './feed.policy';
import {
  authorOf,
  POST_FROM,
  postColumns,
  toPosts,
  postChanged,
  type FeedReader,
  type PostRow,
} from './post-reader';
import { ModerationService } from '@palier/server-moderation';
import './feed.events';

const PINNED_MAX = 10;

export const photoKeys = (id: string) => [`photos/${id}/large.webp`, `photos/${id}/thumb.webp`];

/**
 * The feed: strictly reverse-chronological pages (keyset pagination on creation time), pinned
 * announcements apart, posts of muted members left out; writing, editing, deleting, pinning and
 * reacting. Every read goes through the one visibility rule of feed.policy.ts.
 */
/** How many members the mention picker suggests at most. */
const MENTION_SUGGESTIONS = 8;

/** A text in lower case without French accents, in SQL (to find "Hélène" when typing "hele"). */
const folded = (expr: string) =>
  `translate(lower(${expr}), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')`;

@Injectable()
export class PostsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly storage: FileStorage,
    private readonly moderation: ModerationService,
    private readonly viewers: ViewerSource,
  ) {}

  /** The viewer's active membership in a community (for fields open to visitors too). */
  async membershipOf(
    viewer: Viewer | undefined,
    communityId: string,
  ): Promise<ViewerMembership | undefined> {
    return viewer ? this.viewers.membershipOf(viewer.accountId, communityId) : undefined;
  }

  async feed(
    reader: FeedReader,
    communityId: string,
    first: number,
    after: string | null,
  ): Promise<FeedPageDto> {
    if (!Number.isInteger(first) || first < 1 || first > FEED_LIMITS.pageSizeMax)
      throw AppError.badInput([fieldProblem('first', 'out_of_range')]);
    const params: unknown[] = [communityId, reader.accountId];
    let keyset = '';
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      params.push(at, id);
      keyset = `AND (p.created_at, p.id) < ($3::timestamptz, $4::uuid)`;
    }
    const visible = `p.community_id = $1 AND ${visiblePostsSql(reader, 'p', 2)}
      AND NOT EXISTS (SELECT 1 FROM feed_mute m WHERE m.community_id = $1 AND m.account_id = $2::uuid
                       AND m.muted_account_id = p.author_account_id)`;
    const stream = `SELECT ${postColumns(2)}, false AS in_pinned FROM ${POST_FROM}
      WHERE ${visible} AND p.pinned_at IS NULL ${keyset}
      ORDER BY p.created_at DESC, p.id DESC LIMIT ${first + 1}`;
    // The first page brings the pinned announcements in the same query.
    const rows = await preparedQuery<PostRow & { in_pinned: boolean }>(
      this.db,
      after
        ? stream
        : `SELECT * FROM ((SELECT ${postColumns(2)}, true AS in_pinned FROM ${POST_FROM}
             WHERE ${visible} AND p.pinned_at IS NOT NULL ORDER BY p.pinned_at DESC LIMIT ${PINNED_MAX})
           UNION ALL (${stream})) x
           ORDER BY in_pinned DESC, pinned_at DESC, created_at DESC, id DESC`,
      params,
    );
    const pinnedRows = rows.filter((r) => r.in_pinned);
    const streamRows = rows.filter((r) => !r.in_pinned);
    const page = streamRows.slice(0, first);
    const posts = toPosts(reader, [...pinnedRows, ...page]);
    const edges = posts.slice(pinnedRows.length).map((node, i) => ({
      node,
      cursor: encodeCursor([page[i].cursor_at, page[i].id]),
    }));
    return {
      pinned: posts.slice(0, pinnedRows.length),
      edges,
      pageInfo: {
        hasNextPage: streamRows.length > first,
        endCursor: edges.length ? edges[edges.length - 1].cursor : null,
      },
    };
  }

  /** The public posts of a community, for the sas (anyone). */
  async publicPosts(
    reader: FeedReader,
    communityId: string,
    first: number,
    after: string | null,
  ): Promise<FeedPageDto> {
    return this.feed({ ...reader, role: null }, communityId, first, after);
  }

  /** One post, if the reader may see it (otherwise "not found": its existence is not told). */
  async post(reader: FeedReader, communityId: string, postId: string): Promise<PostDto> {
    const row = await this.findRow(this.db.manager, communityId, postId, reader.accountId);
    if (!row || !canSeePost(reader, rowAudience(row))) throw AppError.notFound();
    return toPosts(reader, [row])[0];
  }

  async create(reader: FeedReader, communityId: string, raw: unknown): Promise<PostDto> {
    const input = parseInput(postInput, raw);
    const accountId = this.signedIn(reader);
    const postId = await this.tx.run(async (manager, emit) => {
      await this.moderation.assertMayContribute(manager, communityId, accountId);
      if (input.visibility === 'public')
        await this.assertMayPublishPublicly(manager, reader, communityId);
      const [author]: { display_name: string }[] = await manager.query(
        `SELECT display_name FROM account WHERE id = $1`,
        [accountId],
      );
      const [post]: { id: string }[] = await manager.query(
        `INSERT INTO feed_post (community_id, author_account_id, body, content_warning, visibility)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [communityId, accountId, input.body, input.contentWarning, input.visibility],
      );
      if (input.photos.length) {
        const [, attached]: [unknown, number] = await manager.query(
          `UPDATE feed_photo ph SET post_id = $1, position = x.position - 1, alt = x.alt
             FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS x(id, alt, position)
            WHERE ph.id = x.id AND ph.community_id = $4 AND ph.uploader_account_id = $5 AND ph.post_id IS NULL`,
          [
            post.id,
            input.photos.map((p) => p.id),
            input.photos.map((p) => p.alt),
            communityId,
            accountId,
          ],
        );
        if (attached !== input.photos.length)
          throw AppError.badInput([fieldProblem('photos', 'invalid_format')]);
      }
      const mentionedIds = await this.recordMentions(
        manager,
        communityId,
        accountId,
        post.id,
        null,
        input.mentionIds,
      );
      emit({
        type: 'feed.post.published',
        payload: {
          communityId,
          postId: post.id,
          authorId: accountId,
          authorName: author.display_name,
          visibility: input.visibility,
          mentionedIds,
        },
      });
      return post.id;
    });
    return this.post(reader, communityId, postId);
  }

  async edit(
    reader: FeedReader,
    communityId: string,
    postId: string,
    raw: unknown,
  ): Promise<PostDto> {
    const input = parseInput(postEditInput, raw);
    const accountId = this.signedIn(reader);
    await this.tx.run(async (manager, emit) => {
      const row = await this.ownPost(manager, reader, communityId, postId);
      await this.moderation.assertMayContribute(manager, communityId, accountId);
      if (input.visibility === 'public' && row.visibility !== 'public')
        await this.assertMayPublishPublicly(manager, reader, communityId);
      const photoCount: { n: number }[] = await manager.query(
        `SELECT count(*)::int AS n FROM feed_photo WHERE post_id = $1`,
        [postId],
      );
      if (!input.body && !photoCount[0].n)
        throw AppError.badInput([fieldProblem('body', 'required')]);
      await manager.query(
        `UPDATE feed_post SET body = $2, content_warning = $3, visibility = $4, edited_at = now() WHERE id = $1`,
        [postId, input.body, input.contentWarning, input.visibility],
      );
      for (const photo of input.photoAlts)
        await manager.query(`UPDATE feed_photo SET alt = $3 WHERE id = $1 AND post_id = $2`, [
          photo.id,
          postId,
          photo.alt,
        ]);
      const base = { communityId, postId, authorId: accountId };
      // Made members-only: it leaves the sas for visitors.
      if (row.visibility === 'public' && input.visibility === 'members')
        emit({
          type: 'feed.post.removed',
          payload: { ...base, visibility: 'public', deleted: false },
        });
      emit({ type: 'feed.post.changed', payload: { ...base, visibility: input.visibility } });
    });
    return this.post(reader, communityId, postId);
  }

  /** The author deletes their post, its photos (files too), comments and reactions. */
  async delete(reader: FeedReader, communityId: string, postId: string): Promise<boolean> {
    await this.tx.run(async (manager, emit) => {
      const row = await this.ownPost(manager, reader, communityId, postId);
      await this.deletePost(manager, row);
      emit({
        type: 'feed.post.removed',
        payload: {
          communityId,
          postId,
          authorId: row.author_account_id,
          visibility: row.visibility,
          deleted: true,
        },
      });
    });
    return true;
  }

  /** Deletes a post and the files of its photos (also used by moderation and erasure). */
  async deletePost(manager: EntityManager, row: { id: string }): Promise<void> {
    const photos: { id: string }[] = await manager.query(
      `SELECT id FROM feed_photo WHERE post_id = $1`,
      [row.id],
    );
    await manager.query(`DELETE FROM feed_post WHERE id = $1`, [row.id]);
    for (const photo of photos)
      for (const key of photoKeys(photo.id)) await this.storage.delete(key);
  }

  async pin(
    reader: FeedReader,
    communityId: string,
    postId: string,
    pinned: boolean,
  ): Promise<PostDto> {
    if (!reader.role || !PIN_ROLES.includes(reader.role)) throw AppError.forbidden();
    await this.tx.run(async (manager, emit) => {
      const row = await this.findRow(manager, communityId, postId);
      if (!row) throw AppError.notFound();
      await manager.query(
        `UPDATE feed_post SET pinned_at = CASE WHEN $2 THEN now() END, pinned_by_account_id = CASE WHEN $2 THEN $3::uuid END WHERE id = $1`,
        [postId, pinned, reader.accountId],
      );
      emit(postChanged(row));
    });
    return this.post(reader, communityId, postId);
  }

  /** A moderator closes (or reopens) the comments of a post; recorded in the moderation log. */
  async lockComments(
    reader: FeedReader,
    communityId: string,
    postId: string,
    locked: boolean,
  ): Promise<PostDto> {
    if (!isModerator(reader) || !reader.accountId) throw AppError.forbidden();
    const decidedBy = reader.accountId;
    await this.tx.run(async (manager, emit) => {
      const row = await this.findRow(manager, communityId, postId);
      if (!row) throw AppError.notFound();
      if (row.comments_locked === locked) return;
      await manager.query(`UPDATE feed_post SET comments_locked = $2 WHERE id = $1`, [
        postId,
        locked,
      ]);
      await this.moderation.record(manager, emit, {
        communityId,
        itemType: 'post',
        itemId: postId,
        subjectId: row.author_account_id,
        action: locked ? 'lock_comments' : 'unlock_comments',
        reason: locked ? 'Commentaires fermés.' : 'Commentaires rouverts.',
        decidedBy,
      });
      emit(postChanged(row));
    });
    return this.post(reader, communityId, postId);
  }

  /** Sets (or replaces) my reaction to a post; null takes it back. */
  async react(
    reader: FeedReader,
    communityId: string,
    postId: string,
    reaction: Reaction | null,
  ): Promise<PostDto> {
    const accountId = this.signedIn(reader);
    if (reaction !== null && !REACTIONS.includes(reaction))
      throw AppError.badInput([fieldProblem('reaction', 'invalid_format')]);
    await this.tx.run(async (manager, emit) => {
      const row = await this.findRow(manager, communityId, postId);
      if (!row || !canSeePost(reader, rowAudience(row)) || row.hidden_at) throw AppError.notFound();
      if (reaction === null) {
        await manager.query(`DELETE FROM feed_reaction WHERE post_id = $1 AND account_id = $2`, [
          postId,
          accountId,
        ]);
      } else {
        await this.moderation.assertMayContribute(manager, communityId, accountId);
        await manager.query(
          `INSERT INTO feed_reaction (post_id, account_id, reaction) VALUES ($1, $2, $3)
           ON CONFLICT (post_id, account_id) DO UPDATE SET reaction = EXCLUDED.reaction, created_at = now()`,
          [postId, accountId, reaction],
        );
      }
      emit(postChanged(row));
    });
    return this.post(reader, communityId, postId);
  }

  /** Who reacted how to a post (members of the community only). */
  async reactors(reader: FeedReader, communityId: string, postId: string): Promise<ReactorDto[]> {
    await this.post(reader, communityId, postId);
    const rows: { reaction: Reaction; account_id: string | null; display_name: string | null }[] =
      await this.db.query(
        `SELECT r.reaction, r.account_id, a.display_name FROM feed_reaction r
           LEFT JOIN account a ON a.id = r.account_id WHERE r.post_id = $1 ORDER BY r.created_at, r.id`,
        [postId],
      );
    return rows.map((r) => ({
      reaction: r.reaction as ReactionEnum,
      emoji: REACTION_EMOJI[r.reaction],
      member: authorOf(r.account_id, r.display_name, reader.locale),
    }));
  }

  async mute(
    reader: FeedReader,
    communityId: string,
    accountId: string,
    muted: boolean,
  ): Promise<MemberNameDto[]> {
    const me = this.signedIn(reader);
    if (accountId === me) throw AppError.badInput([fieldProblem('accountId', 'invalid_format')]);
    if (muted) {
      const [member]: { id: string }[] = await this.db.query(
        `SELECT id FROM membership WHERE community_id = $1 AND account_id = $2`,
        [communityId, accountId],
      );
      if (!member) throw AppError.notFound();
      await this.db.query(
        `INSERT INTO feed_mute (community_id, account_id, muted_account_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [communityId, me, accountId],
      );
    } else {
      await this.db.query(
        `DELETE FROM feed_mute WHERE community_id = $1 AND account_id = $2 AND muted_account_id = $3`,
        [communityId, me, accountId],
      );
    }
    return this.muted(reader, communityId);
  }

  async muted(reader: FeedReader, communityId: string): Promise<MemberNameDto[]> {
    const rows: { muted_account_id: string; display_name: string }[] = await this.db.query(
      `SELECT m.muted_account_id, a.display_name FROM feed_mute m JOIN account a ON a.id = m.muted_account_id
        WHERE m.community_id = $1 AND m.account_id = $2 ORDER BY a.display_name`,
      [communityId, this.signedIn(reader)],
    );
    return rows.map((r) => ({ accountId: r.muted_account_id, displayName: r.display_name }));
  }

  /**
   * Active members of the community whose name contains `search` (accents and case ignored), to
   * mention them: the writer's own account and members who left are not offered.
   */
  async mentionable(
    reader: FeedReader,
    communityId: string,
    search: string,
  ): Promise<MemberNameDto[]> {
    const words = search.trim().slice(0, 60);
    if (!words) return [];
    const rows: { account_id: string; display_name: string }[] = await this.db.query(
      `SELECT m.account_id, a.display_name FROM membership m JOIN account a ON a.id = m.account_id
        WHERE m.community_id = $1 AND m.status = 'active' AND a.status = 'active' AND m.account_id <> $2
          AND position(${folded('$3')} IN ${folded('a.display_name')}) > 0
        ORDER BY a.display_name LIMIT ${MENTION_SUGGESTIONS}`,
      [communityId, this.signedIn(reader), words],
    );
    return rows.map((r) => ({ accountId: r.account_id, displayName: r.display_name }));
  }

  /** A post row of the community, or undefined. */
  async findRow(
    manager: EntityManager,
    communityId: string,
    postId: string,
    readerId: string | null = null,
  ): Promise<PostRow | undefined> {
    const [row]: PostRow[] = await manager.query(
      `SELECT ${postColumns(3)} FROM ${POST_FROM} WHERE p.id = $1 AND p.community_id = $2`,
      [postId, communityId, readerId],
    );
    return row;
  }

  /** Records the mentions of members of the community (others are ignored); returns their ids. */
  async recordMentions(
    manager: EntityManager,
    communityId: string,
    authorId: string,
    postId: string,
    commentId: string | null,
    ids: string[],
  ): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { account_id: string }[] = await manager.query(
      `INSERT INTO feed_mention (post_id, comment_id, account_id)
       SELECT $1, $2, m.account_id FROM membership m
        WHERE m.community_id = $3 AND m.status = 'active' AND m.account_id = ANY($4::uuid[]) AND m.account_id <> $5
       RETURNING account_id`,
      [postId, commentId, communityId, ids, authorId],
    );
    return rows.map((r) => r.account_id);
  }

  private async ownPost(
    manager: EntityManager,
    reader: FeedReader,
    communityId: string,
    postId: string,
  ): Promise<PostRow> {
    const row = await this.findRow(manager, communityId, postId);
    if (!row || !canSeePost(reader, rowAudience(row))) throw AppError.notFound();
    if (row.author_account_id !== reader.accountId)
      throw AppError.forbidden(
        'Seule la personne qui l’a écrite peut modifier ou supprimer cette publication.',
      );
    return row;
  }

  private async assertMayPublishPublicly(
    manager: EntityManager,
    reader: FeedReader,
    communityId: string,
  ): Promise<void> {
    const [row]: { public_post_roles: string[]; birth_year: number | null }[] = await manager.query(
      `SELECT c.public_post_roles, a.birth_year FROM community c, account a
          WHERE c.id = $1 AND a.id = $2`,
      [communityId, reader.accountId],
    );
    const minor = underDigitalMajority(row?.birth_year ?? null);
    if (!mayPublishPublicly(reader, row?.public_post_roles ?? [], minor))
      throw new AppError(
        'FORBIDDEN',
        minor
          ? 'Avant 15 ans, les publications restent entre les membres de la communauté.'
          : 'Dans cette communauté, votre rôle ne permet pas de publier sur la page publique.',
        [fieldProblem('visibility', 'not_accepted')],
      );
  }

  private signedIn(reader: FeedReader): string {
    if (!reader.accountId) throw AppError.unauthenticated();
    return reader.accountId;
  }
}

export const rowAudience = (row: PostRow) => ({
  visibility: row.visibility,
  authorAccountId: row.author_account_id,
  hiddenAt: row.hidden_at,
});
