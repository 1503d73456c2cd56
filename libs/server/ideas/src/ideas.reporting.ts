import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReportingRegistry } from '@palier/server-reporting';
import { IDEA_STATUSES, type IdeaStatus } from '@palier/shared';

/** How the report names the ideas of each status (in French, like the report's other labels). */
const STATUS_LABELS: Record<IdeaStatus, string> = {
  submitted: 'Idées : proposées',
  under_study: 'Idées : à l’étude',
  accepted: 'Idées : acceptées',
  declined: 'Idées : non retenues',
  in_progress: 'Idées : en cours',
  done: 'Idées : réalisées',
};

/**
 * The idea box in the staff's report ("vie de la communauté"): the ideas proposed in the period
 * (merged duplicates left out), where they stand now, and the supports given in the period; each
 * row with its number of distinct people (an erased author still counts as one).
 */
@Injectable()
export class IdeasReporting implements OnModuleInit {
  constructor(private readonly registry: ReportingRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'ideas',
      count: async (manager, communityId, start, end) => {
        const byStatus: { status: IdeaStatus; ideas: number; authors: number }[] =
          await manager.query(
            `SELECT status, count(*)::int AS ideas,
                    count(DISTINCT coalesce(author_account_id, id))::int AS authors
               FROM idea
              WHERE community_id = $1 AND merged_into_id IS NULL
                AND created_at >= $2 AND created_at < $3
              GROUP BY status`,
            [communityId, start, end],
          );
        const [all]: { ideas: number; authors: number }[] = await manager.query(
          `SELECT count(*)::int AS ideas, count(DISTINCT coalesce(author_account_id, id))::int AS authors
             FROM idea
            WHERE community_id = $1 AND merged_into_id IS NULL AND created_at >= $2 AND created_at < $3`,
          [communityId, start, end],
        );
        const [supports]: { supports: number; supporters: number }[] = await manager.query(
          `SELECT count(*)::int AS supports, count(DISTINCT s.supporter_key)::int AS supporters
             FROM idea_support s JOIN idea i ON i.id = s.idea_id
            WHERE i.community_id = $1 AND s.created_at >= $2 AND s.created_at < $3`,
          [communityId, start, end],
        );
        return [
          { key: 'ideas', label: 'Idées proposées', people: all.authors, value: all.ideas },
          ...IDEA_STATUSES.map((status) => {
            const row = byStatus.find((r) => r.status === status);
            return {
              key: `ideas_${status}`,
              label: STATUS_LABELS[status],
              people: row?.authors ?? 0,
              value: row?.ideas ?? 0,
            };
          }),
          {
            key: 'ideaSupports',
            label: 'Soutiens aux idées',
            people: supports.supporters,
            value: supports.supports,
          },
        ];
      },
    });
  }
}
