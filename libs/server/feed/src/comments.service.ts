import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, parseInput, Transactions } from '@palier/server-core';
import { ModerationService } from '@palier/server-moderation';
import { commentInput } from '@palier/shared';
import { DataSource } from 'typeorm';
import { CommentDto } from './dto/post.dto';
import { canSeePost, isModerator } from './feed.policy';
import { authorOf, postChanged, type FeedReader } from './post-reader';
import { PostsService, rowAudience } from './posts.service';

const COMMENTS_MAX = 500;

/** Comments of a post, with one level of replies. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly posts: PostsService,
    private readonly moderation: ModerationService,
  ) {}

  /** The comments of a post the reader may see, oldest first (replies carry their parent's id). */
  async list(reader: FeedReader, communityId: string, postId: string): Promise<CommentDto[]> {
    await this.posts.post(reader, communityId, postId);
    const moderator = isModerator(reader);
    const rows: {
      id: string;
      parent_id: string | null;
      author_account_id: string | null;
      display_name: string | null;
      body: string;
      created_at: Date;
      hidden_at: Date | null;
    }[] = await this.db.query(
      `SELECT c.id, c.parent_id, c.author_account_id, a.display_name, c.body, c.created_at, c.hidden_at
         FROM feed_comment c LEFT JOIN account a ON a.id = c.author_account_id
        WHERE c.post_id = $1 AND c.community_id = $2
          AND ($3 OR c.hidden_at IS NULL OR c.author_account_id = $4::uuid)
          AND NOT EXISTS (SELECT 1 FROM feed_mute m WHERE m.community_id = $2 AND m.account_id = $4::uuid
                           AND m.muted_account_id = c.author_account_id)
        ORDER BY c.created_at, c.id LIMIT ${COMMENTS_MAX}`,
      [postId, communityId, moderator, reader.accountId],
    );
    return rows.map((r) => ({
      id: r.id,
      postId,
      parentId: r.parent_id,
      author: authorOf(r.author_account_id, r.display_name, reader.locale),
      body: r.body,
      createdAt: new Date(r.created_at),
      hidden: r.hidden_at !== null,
      mine: r.author_account_id !== null && r.author_account_id === reader.accountId,
    }));
  }

  async add(
    reader: FeedReader,
    communityId: string,
    postId: string,
    raw: unknown,
  ): Promise<CommentDto[]> {
    const input = parseInput(commentInput, raw);
    const accountId = reader.accountId;
    if (!accountId || !reader.role) throw AppError.forbidden();
    await this.tx.run(async (manager, emit) => {
      const post = await this.posts.findRow(manager, communityId, postId);
      if (!post || !canSeePost(reader, rowAudience(post))) throw AppError.notFound();
      if (post.hidden_at) throw AppError.forbidden('Cette publication est masquée.');
      if (post.comments_locked && !isModerator(reader))
        throw AppError.forbidden('Les commentaires de cette publication sont fermés.');
      await this.moderation.assertMayContribute(manager, communityId, accountId);
      if (input.parentId) {
        const [parent]: { parent_id: string | null }[] = await manager.query(
          `SELECT parent_id FROM feed_comment WHERE id = $1 AND post_id = $2`,
          [input.parentId, postId],
        );
        if (!parent || parent.parent_id !== null)
          throw AppError.badInput([fieldProblem('parentId', 'invalid_format')]);
      }
      const [comment]: { id: string }[] = await manager.query(
        `INSERT INTO feed_comment (community_id, post_id, parent_id, author_account_id, body)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [communityId, postId, input.parentId, accountId, input.body],
      );
      const [author]: { display_name: string }[] = await manager.query(
        `SELECT display_name FROM account WHERE id = $1`,
        [accountId],
      );
      const mentionedIds = await this.posts.recordMentions(
        manager,
        communityId,
        accountId,
        postId,
        comment.id,
        input.mentionIds,
      );
      emit({
        type: 'feed.comment.added',
        payload: {
          communityId,
          postId,
          commentId: comment.id,
          authorId: accountId,
          authorName: author.display_name,
          mentionedIds,
        },
      });
      emit(postChanged(post));
    });
    return this.list(reader, communityId, postId);
  }

  /** The author deletes their comment (and the replies to it). */
  async delete(reader: FeedReader, communityId: string, commentId: string): Promise<boolean> {
    await this.tx.run(async (manager, emit) => {
      const [row]: { post_id: string; author_account_id: string | null }[] = await manager.query(
        `SELECT post_id, author_account_id FROM feed_comment WHERE id = $1 AND community_id = $2`,
        [commentId, communityId],
      );
      if (!row) throw AppError.notFound();
      if (row.author_account_id !== reader.accountId) throw AppError.forbidden();
      await manager.query(`DELETE FROM feed_comment WHERE id = $1`, [commentId]);
      const post = await this.posts.findRow(manager, communityId, row.post_id);
      if (post) emit(postChanged(post));
    });
    return true;
  }
}
