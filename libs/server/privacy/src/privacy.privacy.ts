import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';

/**
 * The privacy centre's own hooks: the person's export and erasure requests, the staff accesses to
 * their data (and those they made as staff), and the inactivity warning. Its retention rules: the
 * access log, and the inactive accounts themselves.
 */
@Injectable()
export class PrivacyCentrePrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'privacy',
      tables: [
        'privacy_request',
        'access_log',
        'inactivity_warning',
        'retention_setting',
        'privacy_profile',
      ],
      labels: {
        requests: 'Mes demandes sur mes données',
        accesses: 'Qui, dans l’équipe, a consulté mes données',
        kind: 'Demande',
        status: 'État',
        created_at: 'Demandée le',
        completed_at: 'Terminée le',
        community: 'Communauté',
        staff: 'Par',
        action: 'Action',
        reason: 'Motif',
      },
      declaration: {
        name: 'Droits sur les données et journal des accès',
        categories:
          'demandes de copie ou de suppression des données, consultations de la fiche par l’équipe (qui, quand, pourquoi)',
        purpose:
          'permettre à chacun d’exercer ses droits et de savoir qui, dans l’équipe, a consulté ses données',
        legalBasis: 'obligation légale (articles 15 à 21 et 32 du RGPD)',
        retention:
          'copies de données gardées 7 jours ; journal des accès gardé 1 an ; suppressions faites gardées sans nom',
        recipients: 'la personne elle-même ; les administrateurs de la communauté pour le journal',
      },
      exportPerson: async (accountId, manager) => ({
        requests: await manager.query(
          `SELECT kind, status, created_at, completed_at FROM privacy_request
            WHERE account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
        accesses: await manager.query(
          `SELECT c.name AS community, COALESCE(s.display_name, 'Ancien membre') AS staff, l.action, l.reason, l.created_at
             FROM access_log l JOIN community c ON c.id = l.community_id
             LEFT JOIN account s ON s.id = l.staff_account_id
            WHERE l.subject_account_id = $1 ORDER BY l.created_at`,
          [accountId],
        ),
      }),
      erasePerson: async (accountId, manager) => {
        const run = (sql: string) => manager.query(sql, [accountId]);
        await run(`DELETE FROM privacy_request WHERE account_id = $1 AND kind = 'export'`);
        await run(
          `DELETE FROM privacy_request WHERE account_id = $1 AND kind = 'erasure' AND status NOT IN ('pending', 'running')`,
        );
        await run(
          `UPDATE privacy_request SET requested_by_account_id = NULL WHERE requested_by_account_id = $1`,
        );
        await run(`DELETE FROM access_log WHERE subject_account_id = $1`);
        await run(`UPDATE access_log SET staff_account_id = NULL WHERE staff_account_id = $1`);
        await run(`DELETE FROM inactivity_warning WHERE account_id = $1`);
        await run(
          `UPDATE retention_setting SET updated_by_account_id = NULL WHERE updated_by_account_id = $1`,
        );
        await run(
          `UPDATE privacy_profile SET updated_by_account_id = NULL WHERE updated_by_account_id = $1`,
        );
      },
    });

    this.registry.registerRetention({
      key: 'access_log',
      module: 'privacy',
      label: 'Journal des accès de l’équipe aux données',
      outcome: 'effacé',
      defaultDays: 365,
      minDays: 180,
      maxDays: 1095,
      purge: async (manager, { communityId, cutoff }) => {
        if (!communityId) return 0;
        const [, count] = await manager.query(
          `DELETE FROM access_log WHERE community_id = $1 AND created_at < $2`,
          [communityId, cutoff],
        );
        return count;
      },
    });
  }
}
