import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Emit } from '@palier/server-core';
import { CommentThreads, ModerationRegistry } from '@palier/server-moderation';
import type { PostVisibility } from '@palier/shared';
import type { EntityManager } from 'typeorm';
import { FEED_COMMENTS } from './comments.service';
import { postChanged } from './post-reader';
import { PostsService } from './posts.service';

const EXCERPT = 280;

/** Posts and comments (the shared comment rules) can be reported, hidden, restored and deleted. */
@Injectable()
export class FeedReportables implements OnModuleInit {
  constructor(
    private readonly registry: ModerationRegistry,
    private readonly posts: PostsService,
    private readonly threads: CommentThreads,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      type: 'post',
      label: 'Publication',
      find: async (manager, communityId, ids) => {
        const rows: ItemRow[] = await manager.query(
          `SELECT p.id, p.author_account_id, a.display_name, p.body, p.hidden_at, c.slug,
                  (SELECT count(*)::int FROM feed_photo ph WHERE ph.post_id = p.id) AS photos
             FROM feed_post p JOIN community c ON c.id = p.community_id
             LEFT JOIN account a ON a.id = p.author_account_id
            WHERE p.community_id = $1 AND p.id = ANY($2::uuid[])`,
          [communityId, ids],
        );
        return rows.map((r) => item(communityId, r, `/c/${r.slug}/fil/${r.id}`));
      },
      setHidden: async (manager, emit, communityId, id, reason) => {
        const row = await this.update(
          manager,
          `UPDATE feed_post SET hidden_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END, hidden_reason = $3
            WHERE id = $1 AND community_id = $2 RETURNING author_account_id, visibility`,
          [id, communityId, reason],
        );
        if (!row) return;
        const base = { communityId, postId: id, authorId: row.author_account_id };
        emit(
          reason === null
            ? { type: 'feed.post.changed', payload: { ...base, visibility: row.visibility } }
            : {
                type: 'feed.post.removed',
                payload: { ...base, visibility: row.visibility, deleted: false },
              },
        );
      },
      remove: async (manager, emit, communityId, id) => {
        const row = await this.posts.findRow(manager, communityId, id);
        if (!row) return;
        await this.posts.deletePost(manager, row);
        emit({
          type: 'feed.post.removed',
          payload: {
            communityId,
            postId: id,
            authorId: row.author_account_id,
            visibility: row.visibility,
            deleted: true,
          },
        });
      },
    });

    this.registry.register(
      this.threads.reportable(FEED_COMMENTS, {
        type: 'comment',
        label: 'Commentaire',
        link: (slug, postId) => `/c/${slug}/fil/${postId}`,
        changed: (manager, emit, communityId, postId) =>
          this.announcePost(manager, emit, communityId, postId),
      }),
    );
  }

  private async update(
    manager: EntityManager,
    sql: string,
    params: unknown[],
  ): Promise<
    { author_account_id: string | null; visibility: PostVisibility; post_id: string } | undefined
  > {
    const [rows] = await manager.query(sql, params);
    return rows[0];
  }

  private async announcePost(
    manager: EntityManager,
    emit: Emit,
    communityId: string,
    postId: string,
  ): Promise<void> {
    const post = await this.posts.findRow(manager, communityId, postId);
    if (post) emit(postChanged(post));
  }
}

interface ItemRow {
  id: string;
  author_account_id: string | null;
  display_name: string | null;
  body: string;
  hidden_at: Date | null;
  slug: string;
  photos: number;
}

function item(communityId: string, r: ItemRow, link: string) {
  const text = r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT)}…` : r.body;
  return {
    id: r.id,
    communityId,
    authorAccountId: r.author_account_id,
    authorName: r.display_name,
    excerpt: text || `(${r.photos} photo${r.photos > 1 ? 's' : ''})`,
    link,
    hidden: r.hidden_at !== null,
  };
}
