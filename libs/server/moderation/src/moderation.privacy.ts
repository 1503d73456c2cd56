import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';

/** Columns naming the person in rows that are kept without them. */
const ANONYMISED = [
  ['moderation_report', 'reporter_account_id'],
  ['moderation_decision', 'decided_by'],
  ['moderation_decision', 'subject_account_id'],
  ['moderation_appeal', 'account_id'],
  ['moderation_appeal', 'answered_by'],
] as const;

/**
 * Privacy hooks of moderation. Reports a person made are kept without the reporter; decisions
 * they made are kept without the decider (the log stays whole); decisions about them lose the
 * subject; their appeals lose their author; their restrictions go. The log itself is kept three
 * years by default (retention rule), then erased.
 */
@Injectable()
export class ModerationPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'moderation',
      tables: [
        'moderation_report',
        'moderation_decision',
        'moderation_appeal',
        'moderation_restriction',
      ],
      labels: {
        reportsMade: 'Mes signalements',
        decisionsAboutMe: 'Décisions de modération me concernant',
        appeals: 'Mes appels',
        item_type: 'Type',
        reason: 'Motif',
        details: 'Précisions',
        action: 'Décision',
        message: 'Message',
        upheld: 'Appel accepté',
        created_at: 'Le',
        decided_at: 'Décidée le',
        suspended_until: 'Suspendu jusqu’au',
      },
      declaration: {
        name: 'Modération',
        categories:
          'signalements faits, décisions de modération prises ou reçues, appels, suspensions',
        purpose: 'faire respecter la charte de la communauté et garder la trace de chaque décision',
        legalBasis: 'intérêt légitime du centre (un espace sûr, la charte acceptée à l’adhésion)',
        retention:
          'journal de modération gardé 3 ans puis effacé ; la personne qui signale n’est jamais montrée à l’auteur',
      },
      exportPerson: async (accountId, manager) => ({
        reportsMade: await manager.query(
          `SELECT item_type, reason, details, created_at FROM moderation_report WHERE reporter_account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
        decisionsAboutMe: await manager.query(
          `SELECT item_type, action, reason, decided_at, suspended_until FROM moderation_decision WHERE subject_account_id = $1 ORDER BY decided_at`,
          [accountId],
        ),
        appeals: await manager.query(
          `SELECT message, created_at, upheld FROM moderation_appeal WHERE account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
      }),
      erasePerson: async (accountId, manager) => {
        for (const [table, column] of ANONYMISED)
          await manager.query(`UPDATE ${table} SET ${column} = NULL WHERE ${column} = $1`, [
            accountId,
          ]);
        await manager.query(`DELETE FROM moderation_restriction WHERE account_id = $1`, [
          accountId,
        ]);
        // Reports and decisions about the person as a member name them by id: they go.
        await manager.query(
          `DELETE FROM moderation_report WHERE item_type = 'member' AND item_id = $1`,
          [accountId],
        );
        await manager.query(
          `DELETE FROM moderation_decision WHERE item_type = 'member' AND item_id = $1`,
          [accountId],
        );
      },
    });
    this.registry.registerRetention({
      key: 'moderation_log',
      module: 'moderation',
      label: 'Journal de modération (décisions, signalements traités, appels)',
      outcome: 'effacé',
      defaultDays: 1095,
      minDays: 365,
      maxDays: 3650,
      purge: async (manager, { communityId, cutoff }) => {
        if (!communityId) return 0;
        const [, reports]: [unknown, number] = await manager.query(
          `DELETE FROM moderation_report WHERE community_id = $1 AND resolved_at < $2`,
          [communityId, cutoff],
        );
        const [, decisions]: [unknown, number] = await manager.query(
          `DELETE FROM moderation_decision d WHERE d.community_id = $1 AND d.decided_at < $2
             AND NOT EXISTS (SELECT 1 FROM moderation_restriction r WHERE r.decision_id = d.id AND (r.until IS NULL OR r.until > now()))`,
          [communityId, cutoff],
        );
        return reports + decisions;
      },
    });
  }
}
