import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';
import { OFFERING_COMMUNITY } from './sharing.sql';

/**
 * Privacy hooks of sharing. A claim holds the name and contact the person agreed to send to the
 * offering (partner) community. Erasure removes them and the link to the account; the claim's
 * quantity stays, so the offer's count and the statistics stay right.
 *
 * Across servers: a claim of a partner's offer on another server is kept here (the member's copy:
 * exported, erased) and, if granted, on the offering server with only the name and contact the
 * person agreed to send, the units and the claiming community's actor — anonymised there by the
 * offering community's own retention, like claims made on its own server.
 */
@Injectable()
export class SharingPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'sharing',
      tables: ['sharing_claim', 'sharing_offer', 'sharing_partnership'],
      labels: {
        claims: 'Mes demandes aux partenaires',
        offer: 'Offre',
        offering_community: 'Communauté qui propose',
        quantity: 'Quantité',
        status: 'État',
        due_on: 'À rendre le',
        shared_name: 'Nom transmis',
        shared_contact: 'Contact transmis',
        consented_at: 'Accord donné le',
        created_at: 'Date',
        offers: 'Offres que j’ai publiées',
        title: 'Titre',
      },
      declaration: {
        name: 'Partage entre communautés partenaires',
        categories:
          'demandes faites sur les offres des partenaires (offre, quantité, état, date de retour d’un prêt), nom et adresse e-mail transmis avec l’accord de la personne, offres publiées par l’équipe',
        purpose:
          'remettre à la personne les places, billets ou objets qu’elle a demandés à une communauté partenaire',
        legalBasis: 'consentement de la personne, donné à chaque demande',
        retention:
          'nom et contact transmis effacés 1 an après la fin de l’offre (durée réglable par la communauté qui propose), ou à la suppression du compte ; les quantités restent',
        recipients:
          'l’équipe de la communauté partenaire qui propose l’offre (nom, contact et communauté de la personne, seulement pour ses propres offres), y compris quand ce partenaire est sur un autre serveur Palier (le nom et le contact lui sont alors envoyés)',
      },
      exportPerson: async (accountId, manager) => ({
        claims: await manager.query(
          `SELECT o.title AS offer, coalesce(c.name, fa.name) AS offering_community, k.quantity, k.status,
                  to_char(k.due_on, 'YYYY-MM-DD') AS due_on, k.claimant_name AS shared_name,
                  k.claimant_contact AS shared_contact, k.consented_at, k.created_at
             FROM sharing_claim k JOIN sharing_offer o ON o.id = k.offer_id ${OFFERING_COMMUNITY}
            WHERE k.claimant_account_id = $1 ORDER BY k.created_at`,
          [accountId],
        ),
        offers: await manager.query(
          `SELECT title, created_at FROM sharing_offer WHERE created_by_account_id = $1 ORDER BY created_at`,
          [accountId],
        ),
      }),
      erasePerson: async (accountId, manager) => {
        await manager.query(
          `UPDATE sharing_claim SET claimant_account_id = NULL, claimant_name = NULL, claimant_contact = NULL
            WHERE claimant_account_id = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE sharing_offer SET created_by_account_id = NULL WHERE created_by_account_id = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE sharing_partnership
              SET requested_by_account_id = CASE WHEN requested_by_account_id = $1 THEN NULL ELSE requested_by_account_id END,
                  decided_by_account_id = CASE WHEN decided_by_account_id = $1 THEN NULL ELSE decided_by_account_id END
            WHERE requested_by_account_id = $1 OR decided_by_account_id = $1`,
          [accountId],
        );
      },
    });

    // The offering community keeps the names and contacts it received only as long as needed.
    this.registry.registerRetention({
      key: 'sharing_claims',
      module: 'sharing',
      label: 'Demandes reçues des membres de nos partenaires (nom et contact transmis)',
      outcome: 'rendues anonymes (les quantités restent)',
      defaultDays: 365,
      minDays: 30,
      maxDays: 1825,
      purge: async (manager, { communityId, cutoff }) => {
        // A lent object not yet returned keeps its borrower's name. Our members' claims of offers
        // of another server (their copy here) follow the same rule.
        const [rows] = await manager.query(
          `UPDATE sharing_claim k SET claimant_account_id = NULL, claimant_name = NULL, claimant_contact = NULL
             FROM sharing_offer o
            WHERE o.id = k.offer_id AND o.expires_at < $2
              AND (k.offering_community_id = $1 OR (k.offering_community_id IS NULL AND k.claimant_community_id = $1))
              AND NOT (k.status = 'handed_over' AND k.due_on IS NOT NULL)
              AND (k.claimant_account_id IS NOT NULL OR k.claimant_name IS NOT NULL OR k.claimant_contact IS NOT NULL)
            RETURNING k.id`,
          [communityId, cutoff],
        );
        return rows.length;
      },
    });
  }
}
