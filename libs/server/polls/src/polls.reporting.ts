import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReportingRegistry } from '@palier/server-reporting';

/**
 * Polls in the staff's report ("vie de la communauté"): the polls opened in the period and the
 * ballots cast in it, each with the number of distinct voters behind it (a household counts once
 * in a poll by household) so that the small-cells rule applies.
 */
@Injectable()
export class PollsReporting implements OnModuleInit {
  constructor(private readonly registry: ReportingRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'polls',
      count: async (manager, communityId, start, end) => {
        const [row]: { polls: number; poll_voters: number; votes: number; voters: number }[] =
          await manager.query(
            `SELECT
               (SELECT count(*)::int FROM poll
                 WHERE community_id = $1 AND opens_at >= $2 AND opens_at < $3) AS polls,
               (SELECT count(DISTINCT pp.voter_key)::int FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id
                 WHERE p.community_id = $1 AND p.opens_at >= $2 AND p.opens_at < $3) AS poll_voters,
               (SELECT count(*)::int FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id
                 WHERE p.community_id = $1 AND pp.voted_at >= $2 AND pp.voted_at < $3) AS votes,
               (SELECT count(DISTINCT pp.voter_key)::int FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id
                 WHERE p.community_id = $1 AND pp.voted_at >= $2 AND pp.voted_at < $3) AS voters`,
            [communityId, start, end],
          );
        return [
          { key: 'polls', label: 'Sondages ouverts', people: row.poll_voters, value: row.polls },
          { key: 'pollVotes', label: 'Votes aux sondages', people: row.voters, value: row.votes },
        ];
      },
    });
  }
}
