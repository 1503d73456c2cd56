import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommentThreads, ModerationRegistry } from '@palier/server-moderation';
import { IDEA_COMMENTS } from './idea-comments.service';
import { IdeaPhotosService } from './idea-photos.service';

const EXCERPT = 280;

/**
 * Ideas and their comments can be reported, hidden, shown again and deleted by moderation (the
 * feed's moderation, through its registry). A hidden idea disappears live for members.
 */
@Injectable()
export class IdeasReportables implements OnModuleInit {
  constructor(
    private readonly registry: ModerationRegistry,
    private readonly threads: CommentThreads,
    private readonly photos: IdeaPhotosService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      type: 'idea',
      label: 'Idée',
      find: async (manager, communityId, ids) => {
        const rows: {
          id: string;
          author_account_id: string | null;
          display_name: string | null;
          title: string;
          description: string;
          hidden_at: Date | null;
          slug: string;
        }[] = await manager.query(
          `SELECT i.id, i.author_account_id, a.display_name, i.title, i.description, i.hidden_at, c.slug
             FROM idea i JOIN community c ON c.id = i.community_id
             LEFT JOIN account a ON a.id = i.author_account_id
            WHERE i.community_id = $1 AND i.id = ANY($2::uuid[])`,
          [communityId, ids],
        );
        return rows.map((r) => {
          const text = `${r.title} — ${r.description}`;
          return {
            id: r.id,
            communityId,
            authorAccountId: r.author_account_id,
            authorName: r.display_name,
            excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
            link: `/c/${r.slug}/idees/${r.id}`,
            hidden: r.hidden_at !== null,
          };
        });
      },
      setHidden: async (manager, emit, communityId, id, reason) => {
        const [rows]: [unknown[]] = await manager.query(
          `UPDATE idea SET hidden_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END, hidden_reason = $3
            WHERE id = $1 AND community_id = $2 RETURNING id`,
          [id, communityId, reason],
        );
        if (rows.length)
          emit({
            type: 'ideas.changed',
            payload: { communityId, ideaId: id, removed: reason !== null },
          });
      },
      remove: async (manager, emit, communityId, id) => {
        // Ideas merged into this one become standalone again (their supports stay where they are).
        const photoIds = await this.photos.detach(manager, id);
        const [rows]: [unknown[]] = await manager.query(
          `DELETE FROM idea WHERE id = $1 AND community_id = $2 RETURNING id`,
          [id, communityId],
        );
        if (rows.length)
          emit({ type: 'ideas.changed', payload: { communityId, ideaId: id, removed: true } });
        await this.photos.deleteFiles(photoIds);
      },
    });
    this.registry.register(
      this.threads.reportable(IDEA_COMMENTS, {
        type: 'idea_comment',
        label: 'Commentaire d’une idée',
        link: (slug, ideaId) => `/c/${slug}/idees/${ideaId}`,
        changed: async (_manager, emit, communityId, ideaId) =>
          emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } }),
      }),
    );
  }
}
