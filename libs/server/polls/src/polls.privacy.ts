import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';

/**
 * Privacy hooks of the polls module. The export holds the polls one created, the fact of having
 * voted, and one's ballots in named polls (an anonymous ballot cannot be found: it is not linked
 * to anyone). Erasure detaches the person from their participation and named ballots, which stay
 * counted (the results do not change), and from the polls they created, which stay.
 */
@Injectable()
export class PollsPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'polls',
      tables: ['poll', 'poll_participation', 'poll_photo'],
      labels: {
        polls_created: 'Sondages que j’ai créés',
        participations: 'Sondages auxquels j’ai répondu',
        ballots: 'Mes réponses (sondages nominatifs)',
        title: 'Sondage',
        created_at: 'Créé le',
        voted_at: 'Date du vote',
        anonymous: 'Anonyme',
        answer: 'Réponse',
        choice: 'Choix',
        rank: 'Rang',
      },
      declaration: {
        name: 'Sondages',
        categories:
          'sondages créés, fait d’avoir voté (et date), réponses aux sondages nominatifs ; aucune réponse aux sondages anonymes n’est reliée à la personne',
        purpose:
          'consulter les habitants, empêcher qu’une personne ou un foyer vote deux fois, publier les résultats',
        legalBasis: 'intérêt légitime du centre social à consulter ses membres',
        retention:
          'détachées des personnes 1 an après la fin du sondage (durée réglable) et à l’effacement du compte ; les réponses restent comptées sans identité',
      },
      exportPerson: async (accountId, manager) => ({
        polls_created: await manager.query(
          `SELECT title, created_at FROM poll WHERE created_by_account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
        participations: await manager.query(
          `SELECT p.title, pp.anonymous, pp.voted_at FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id
            WHERE pp.account_id = $1 ORDER BY pp.voted_at`,
          [accountId],
        ),
        ballots: await manager.query(
          `SELECT p.title, coalesce(nullif(o.label, ''), to_char(o.starts_at AT TIME ZONE c.time_zone, 'YYYY-MM-DD HH24:MI')) AS choice,
                  bc.rank, bc.answer
             FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id JOIN community c ON c.id = p.community_id
             JOIN poll_ballot_choice bc ON bc.ballot_id = pp.ballot_id
             JOIN poll_option o ON o.id = bc.option_id
            WHERE pp.account_id = $1 AND NOT pp.anonymous
            ORDER BY pp.voted_at, bc.rank NULLS LAST, o.position`,
          [accountId],
        ),
      }),
      erasePerson: async (accountId, manager) => {
        // The ballot stays (and stays counted); the "has voted" row keeps a key that names nobody.
        await manager.query(
          `UPDATE poll_participation
              SET account_id = NULL,
                  voter_key = CASE WHEN voter_key = $1 THEN gen_random_uuid() ELSE voter_key END
            WHERE account_id = $1 OR voter_key = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE poll SET created_by_account_id = NULL WHERE created_by_account_id = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE poll_photo SET uploader_account_id = NULL WHERE uploader_account_id = $1`,
          [accountId],
        );
      },
    });

    this.registry.registerRetention({
      key: 'poll_participations',
      module: 'polls',
      label:
        'Participations aux sondages terminés (qui a voté, et quoi pour les sondages nominatifs)',
      outcome: 'détachées des personnes (les résultats restent exacts)',
      defaultDays: 365,
      minDays: 30,
      maxDays: 1825,
      purge: async (manager, { communityId, cutoff }) => {
        const [rows] = await manager.query(
          `UPDATE poll_participation pp SET account_id = NULL, voter_key = gen_random_uuid()
             FROM poll p
            WHERE p.id = pp.poll_id AND p.community_id = $1 AND p.closes_at < $2
              AND pp.account_id IS NOT NULL
            RETURNING pp.poll_id`,
          [communityId, cutoff],
        );
        return (rows as unknown[]).length;
      },
    });
  }
}
