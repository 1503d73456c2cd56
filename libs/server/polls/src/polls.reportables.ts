import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModerationRegistry } from '@palier/server-moderation';
import { PollPhotosService } from './poll-photos.service';
import './polls.events';

const EXCERPT = 280;

/**
 * Polls created by residents can be reported, hidden, restored and deleted by moderation (the
 * team's own polls are the centre's voice: they are not in the reporting path).
 */
@Injectable()
export class PollsReportables implements OnModuleInit {
  constructor(
    private readonly registry: ModerationRegistry,
    private readonly photos: PollPhotosService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      type: 'poll',
      label: 'Sondage',
      find: async (manager, communityId, ids) => {
        const rows: {
          id: string;
          title: string;
          description: string;
          created_by_account_id: string | null;
          display_name: string | null;
          hidden_at: Date | null;
          slug: string;
        }[] = await manager.query(
          `SELECT p.id, p.title, p.description, p.created_by_account_id, a.display_name, p.hidden_at, c.slug
             FROM poll p JOIN community c ON c.id = p.community_id
             LEFT JOIN account a ON a.id = p.created_by_account_id
            WHERE p.community_id = $1 AND p.id = ANY($2::uuid[]) AND p.created_by_resident`,
          [communityId, ids],
        );
        return rows.map((r) => {
          const text = `${r.title} — ${r.description}`.replace(/ — $/, '');
          return {
            id: r.id,
            communityId,
            authorAccountId: r.created_by_account_id,
            authorName: r.display_name,
            excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
            link: `/c/${r.slug}/sondages/${r.id}`,
            hidden: r.hidden_at !== null,
          };
        });
      },
      setHidden: async (manager, emit, communityId, id, reason) => {
        await manager.query(
          `UPDATE poll SET hidden_at = CASE WHEN $3::text IS NULL THEN NULL ELSE now() END, hidden_reason = $3
            WHERE id = $1 AND community_id = $2`,
          [id, communityId, reason],
        );
        emit({ type: 'polls.results_changed', payload: { communityId, pollId: id } });
      },
      remove: async (manager, emit, communityId, id) => {
        const photos: { id: string }[] = await manager.query(
          `SELECT ph.id FROM poll_photo ph JOIN poll_option o ON o.id = ph.option_id WHERE o.poll_id = $1`,
          [id],
        );
        await manager.query(`DELETE FROM poll WHERE id = $1 AND community_id = $2`, [
          id,
          communityId,
        ]);
        await this.photos.deleteFiles(photos.map((p) => p.id));
        emit({ type: 'polls.results_changed', payload: { communityId, pollId: id } });
      },
    });
  }
}
