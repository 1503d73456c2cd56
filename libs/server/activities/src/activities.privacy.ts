import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';
import type { EntityManager } from 'typeorm';

/**
 * The people a person answers for here: themselves, and the children of a household where they are
 * the only adult (identity erases such a household with the person, after this module).
 */
async function keysOf(
  accountId: string,
  manager: EntityManager,
  onlyIfSoleAdult: boolean,
): Promise<string[]> {
  const children: { id: string }[] = await manager.query(
    `SELECT c.id FROM household_member me
       JOIN household_member c ON c.household_id = me.household_id AND c.kind = 'child'
      WHERE me.account_id = $1
        AND ($2 = false OR NOT EXISTS (SELECT 1 FROM household_member o
              WHERE o.household_id = me.household_id AND o.kind = 'adult' AND o.account_id <> $1))`,
    [accountId, onlyIfSoleAdult],
  );
  return [accountId, ...children.map((c) => c.id)];
}

/**
 * Replaces the identity of attendance marks (chosen by `marksSql`, a query of their ids) by a fresh
 * random key per person: the marks stay, so reporting still counts attendances and distinct
 * participants, but nothing points to anyone.
 */
async function anonymiseMarks(
  manager: EntityManager,
  marksSql: string,
  params: unknown[],
): Promise<number> {
  const [rows] = await manager.query(
    `WITH target AS (SELECT id, participant_key FROM activity_attendance WHERE id IN (${marksSql})),
          people AS (SELECT k, gen_random_uuid() AS fresh FROM (SELECT DISTINCT participant_key AS k FROM target) d)
     UPDATE activity_attendance m
        SET participant_key = p.fresh, participant_account_id = NULL, participant_member_id = NULL,
            registration_id = NULL, walk_in_name = NULL, client_mark_id = NULL
       FROM target t JOIN people p ON p.k = t.participant_key
      WHERE m.id = t.id
      RETURNING m.id`,
    params,
  );
  return (rows as unknown[]).length;
}

/**
 * Privacy hooks of activities. The export holds the person's registrations and attendance, and
 * their children's. Erasure removes their registrations (and their children's when no other adult
 * stays in the household), and keeps their attendance marks as anonymous counts for reporting.
 */
@Injectable()
export class ActivitiesPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'activities',
      tables: [
        'activity',
        'activity_registration',
        'activity_registration_event',
        'activity_attendance',
      ],
      labels: {
        activity_registrations: 'Mes inscriptions aux activités (et celles de mes enfants)',
        activity_attendance: 'Mes présences aux activités (et celles de mes enfants)',
        person: 'Personne',
        activity: 'Activité',
        starts_at: 'Date',
        status: 'État',
        requested_at: 'Demandée le',
        at_desk: 'Faite à l’accueil',
      },
      declaration: {
        name: 'Activités',
        categories:
          'inscriptions aux activités (pour soi et ses enfants : séance, état, rang sur la liste d’attente), présences (présent, absent, excusé), année de naissance et code postal du foyer au moment de la présence',
        purpose:
          'organiser les activités et leurs listes d’attente, prévenir les personnes inscrites, faire l’appel, compter la fréquentation pour les financeurs',
        legalBasis:
          'exécution du service demandé par la personne ; intérêt légitime pour les statistiques',
        retention:
          'inscriptions et présences rendues anonymes 2 ans après la séance (durée réglable) ; présences gardées sans identité pour les statistiques',
      },
      exportPerson: async (accountId, manager) => {
        const keys = await keysOf(accountId, manager, false);
        return {
          activity_registrations: await manager.query(
            `SELECT COALESCE(acc.display_name, hm.first_name) AS person, a.title AS activity, s.starts_at, r.status,
                    r.requested_at, r.at_desk
               FROM activity_registration r JOIN activity a ON a.id = r.activity_id
               LEFT JOIN activity_session s ON s.id = r.session_id
               LEFT JOIN account acc ON acc.id = r.participant_account_id
               LEFT JOIN household_member hm ON hm.id = r.participant_member_id
              WHERE r.participant_key = ANY($1::uuid[]) ORDER BY r.requested_at`,
            [keys],
          ),
          activity_attendance: await manager.query(
            `SELECT COALESCE(acc.display_name, hm.first_name) AS person, a.title AS activity, s.starts_at, m.status
               FROM activity_attendance m JOIN activity a ON a.id = m.activity_id
               JOIN activity_session s ON s.id = m.session_id
               LEFT JOIN account acc ON acc.id = m.participant_account_id
               LEFT JOIN household_member hm ON hm.id = m.participant_member_id
              WHERE m.participant_key = ANY($1::uuid[]) ORDER BY s.starts_at`,
            [keys],
          ),
        };
      },
      erasePerson: async (accountId, manager) => {
        const keys = await keysOf(accountId, manager, true);
        await anonymiseMarks(
          manager,
          `SELECT id FROM activity_attendance WHERE participant_key = ANY($1::uuid[])`,
          [keys],
        );
        // Freed places are offered to the waiting list by the activities job.
        await manager.query(
          `DELETE FROM activity_registration WHERE participant_key = ANY($1::uuid[])`,
          [keys],
        );
        const run = (sql: string) => manager.query(sql, [accountId]);
        await run(
          `UPDATE activity_registration SET registered_by_account_id = NULL WHERE registered_by_account_id = $1`,
        );
        await run(
          `UPDATE activity_registration_event SET by_account_id = NULL WHERE by_account_id = $1`,
        );
        await run(
          `UPDATE activity_attendance SET marked_by_account_id = NULL WHERE marked_by_account_id = $1`,
        );
        await run(
          `UPDATE activity SET created_by_account_id = NULL WHERE created_by_account_id = $1`,
        );
      },
    });

    this.registry.registerRetention({
      key: 'activity_attendance',
      module: 'activities',
      label: 'Inscriptions et présences aux activités passées',
      outcome: 'rendues anonymes (présences gardées pour les statistiques)',
      defaultDays: 730,
      minDays: 90,
      maxDays: 1825,
      purge: async (manager, { communityId, cutoff }) => {
        const marks = await anonymiseMarks(
          manager,
          `SELECT x.id FROM activity_attendance x JOIN activity_session s ON s.id = x.session_id
            WHERE x.community_id = $1 AND s.ends_at < $2
              AND (x.participant_account_id IS NOT NULL OR x.participant_member_id IS NOT NULL OR x.walk_in_name IS NOT NULL)`,
          [communityId, cutoff],
        );
        const [registrations] = await manager.query(
          `DELETE FROM activity_registration r
            WHERE r.community_id = $1
              AND NOT EXISTS (SELECT 1 FROM activity_session s
                               WHERE s.activity_id = r.activity_id AND (r.session_id IS NULL OR s.id = r.session_id)
                                 AND s.ends_at >= $2)
            RETURNING r.id`,
          [communityId, cutoff],
        );
        return marks + (registrations as unknown[]).length;
      },
    });
  }
}
