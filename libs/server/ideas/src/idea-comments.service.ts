import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, Transactions } from '@palier/server-core';
import { CommentThreads, contributorOf, type CommentTable } from '@palier/server-moderation';
import { DataSource } from 'typeorm';
import { IdeaCommentDto } from './dto/idea.dto';
import { isIdeaModerator, type IdeaReader } from './ideas.policy';
import { IdeasService } from './ideas.service';

/** The idea box's comments table, for the shared comment rules (CommentThreads, in moderation). */
export const IDEA_COMMENTS: CommentTable = { table: 'idea_comment', host: 'idea_id' };

/**
 * Comments of an idea. Their rules (length, one level of replies, suspended members, hidden
 * comments, deleting one's own, moderation, erasure) are the feed's, shared through moderation's
 * CommentThreads; the idea box only says who may see the thread (who may see the idea).
 */
@Injectable()
export class IdeaCommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly ideas: IdeasService,
    private readonly threads: CommentThreads,
  ) {}

  async list(reader: IdeaReader, communityId: string, ideaId: string): Promise<IdeaCommentDto[]> {
    await this.ideas.idea(reader, communityId, ideaId);
    const rows = await this.threads.list(this.db.manager, IDEA_COMMENTS, {
      communityId,
      hostId: ideaId,
      accountId: reader.accountId,
      moderator: isIdeaModerator(reader),
    });
    return rows.map((r) => ({
      id: r.id,
      ideaId,
      parentId: r.parent_id,
      author: contributorOf(r.author_account_id, r.display_name, reader.locale),
      body: r.body,
      createdAt: new Date(r.created_at),
      hidden: r.hidden_at !== null,
      mine: r.author_account_id !== null && r.author_account_id === reader.accountId,
    }));
  }

  async add(
    reader: IdeaReader,
    communityId: string,
    ideaId: string,
    raw: unknown,
  ): Promise<IdeaCommentDto[]> {
    const idea = await this.ideas.idea(reader, communityId, ideaId);
    if (idea.hidden) throw AppError.forbidden('Cette idée est masquée.');
    if (idea.mergedInto)
      throw AppError.forbidden(
        'Cette idée a été regroupée avec une autre : continuez sur l’idée gardée.',
      );
    await this.tx.run(async (manager, emit) => {
      await this.threads.add(manager, IDEA_COMMENTS, {
        communityId,
        hostId: ideaId,
        accountId: reader.accountId,
        raw,
      });
      emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } });
    });
    return this.list(reader, communityId, ideaId);
  }

  async delete(reader: IdeaReader, communityId: string, commentId: string): Promise<boolean> {
    await this.tx.run(async (manager, emit) => {
      const ideaId = await this.threads.deleteOwn(
        manager,
        IDEA_COMMENTS,
        communityId,
        commentId,
        reader.accountId,
      );
      emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } });
    });
    return true;
  }
}
