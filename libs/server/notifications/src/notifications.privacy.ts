import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';

/** Privacy hooks of the notifications module: a person's notifications and email settings. */
@Injectable()
export class NotificationsPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'notifications',
      tables: ['notification', 'notification_preference', 'unsubscribe_token', 'email_outbox'],
      labels: {
        notifications: 'Mes notifications',
        emailPreferences: 'Mes choix d’e-mails',
        emails: 'E-mails envoyés',
        kind: 'Type',
        data: 'Contenu',
        link: 'Lien',
        created_at: 'Créé le',
        read_at: 'Lu le',
        channel: 'Envoi',
        subject: 'Objet',
        sent_at: 'Envoyé le',
      },
      declaration: {
        name: 'Notifications et e-mails',
        categories: 'notifications reçues, choix d’e-mails, heures de calme, e-mails envoyés',
        purpose: 'prévenir la personne de ce qui la concerne, au rythme qu’elle a choisi',
        legalBasis:
          'exécution du service demandé ; la personne règle ou arrête les e-mails quand elle veut',
        retention: 'notifications effacées après 6 mois ; e-mails envoyés effacés après 3 mois',
      },
      exportPerson: async (accountId, manager) => ({
        notifications: await manager.query(
          `SELECT kind, data, link, created_at, read_at FROM notification WHERE account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
        emailPreferences: await manager.query(
          `SELECT kind, channel FROM notification_preference WHERE account_id = $1`,
          [accountId],
        ),
        emails: await manager.query(
          `SELECT kind, subject, created_at, sent_at FROM email_outbox WHERE account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
      }),
      erasePerson: async (accountId, manager) => {
        for (const table of [
          'notification',
          'notification_preference',
          'unsubscribe_token',
          'email_outbox',
        ]) {
          await manager.query(`DELETE FROM ${table} WHERE account_id = $1`, [accountId]);
        }
      },
    });

    this.registry.registerRetention({
      key: 'notifications',
      module: 'notifications',
      label: 'Notifications reçues',
      outcome: 'effacées',
      defaultDays: 180,
      minDays: 30,
      maxDays: 730,
      purge: async (manager, { communityId, cutoff }) => {
        const [, count] = await manager.query(
          `DELETE FROM notification WHERE community_id IS NOT DISTINCT FROM $1 AND created_at < $2`,
          [communityId, cutoff],
        );
        return count;
      },
    });
    this.registry.registerRetention({
      key: 'sent_emails',
      module: 'notifications',
      label: 'E-mails envoyés (copie gardée pour les erreurs d’envoi)',
      outcome: 'effacés',
      defaultDays: 90,
      minDays: 7,
      maxDays: 365,
      scope: 'server',
      purge: async (manager, { cutoff }) => {
        const [, count] = await manager.query(
          `DELETE FROM email_outbox WHERE sent_at IS NOT NULL AND sent_at < $1`,
          [cutoff],
        );
        return count;
      },
    });
  }
}
