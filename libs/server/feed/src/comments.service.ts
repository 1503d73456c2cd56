import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, Transactions } from '@palier/server-core';
import { CommentThreads, type CommentTable } from '@palier/server-moderation';
import { DataSource } from 'typeorm';
import { CommentDto } from './dto/post.dto';
import { canSeePost, isModerator } from './feed.policy';
import { authorOf, postChanged, type FeedReader } from './post-reader';
import { PostsService, rowAudience } from './posts.service';

/** The feed's comments table, for the shared comment rules (CommentThreads, in moderation). */
export const FEED_COMMENTS: CommentTable = { table: 'feed_comment', host: 'post_id' };

/**
 * Comments of a post, with one level of replies. The rules common to every comment live in
 * moderation's CommentThreads; the feed adds who may see the post, locked comments, mutes and
 * mentions.
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly posts: PostsService,
    private readonly threads: CommentThreads,
  ) {}

  /** The comments of a post the reader may see, oldest first (replies carry their parent's id). */
  async list(reader: FeedReader, communityId: string, postId: string): Promise<CommentDto[]> {
    await this.posts.post(reader, communityId, postId);
    const rows = await this.threads.list(this.db.manager, FEED_COMMENTS, {
      communityId,
      hostId: postId,
      accountId: reader.accountId,
      moderator: isModerator(reader),
      extraCondition: `NOT EXISTS (SELECT 1 FROM feed_mute m WHERE m.community_id = $2 AND m.account_id = $4::uuid
                           AND m.muted_account_id = c.author_account_id)`,
    });
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
    const accountId = reader.accountId;
    if (!accountId || !reader.role) throw AppError.forbidden();
    await this.tx.run(async (manager, emit) => {
      const post = await this.posts.findRow(manager, communityId, postId);
      if (!post || !canSeePost(reader, rowAudience(post))) throw AppError.notFound();
      if (post.hidden_at) throw AppError.forbidden('Cette publication est masquée.');
      if (post.comments_locked && !isModerator(reader))
        throw AppError.forbidden('Les commentaires de cette publication sont fermés.');
      const comment = await this.threads.add(manager, FEED_COMMENTS, {
        communityId,
        hostId: postId,
        accountId,
        raw,
      });
      const mentionedIds = await this.posts.recordMentions(
        manager,
        communityId,
        accountId,
        postId,
        comment.id,
        comment.input.mentionIds,
      );
      emit({
        type: 'feed.comment.added',
        payload: {
          communityId,
          postId,
          commentId: comment.id,
          authorId: accountId,
          authorName: comment.authorName,
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
      const postId = await this.threads.deleteOwn(
        manager,
        FEED_COMMENTS,
        communityId,
        commentId,
        reader.accountId,
      );
      const post = await this.posts.findRow(manager, communityId, postId);
      if (post) emit(postChanged(post));
    });
    return true;
  }
}
