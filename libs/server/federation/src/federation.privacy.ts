import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';
import { FederationService } from './federation.service';

/**
 * Privacy hooks of federation. Of a person, only their public posts leave the server (as Notes of
 * the community, without their name) to the fediverse accounts following the community; erasing
 * the account sends a Delete of each of them.
 */
@Injectable()
export class FederationPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly federation: FederationService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'federation',
      tables: ['federation_announced'],
      labels: {
        announced: 'Mes publications publiques envoyées au fédivers',
        community: 'Communauté',
        post: 'Publication',
        sent_at: 'Envoyée le',
      },
      declaration: {
        name: 'Annonces publiques suivies depuis le fédivers',
        categories:
          'texte des publications publiques (sans le nom de leur auteur ou autrice), envoyé comme annonce de la communauté',
        purpose:
          'faire suivre les annonces publiques de la communauté depuis Mastodon et d’autres logiciels du fédivers',
        legalBasis:
          'intérêt légitime de la communauté à faire connaître ses annonces publiques, déjà visibles par tous sur sa page d’accueil',
        retention:
          'jusqu’à ce que la publication soit masquée, réservée aux membres ou supprimée, ou le compte supprimé : une demande de suppression est alors envoyée aux serveurs abonnés',
        recipients: 'les serveurs du fédivers des comptes qui suivent la communauté',
      },
      exportPerson: async (accountId, manager) => ({
        announced: await manager.query(
          `SELECT c.name AS community, left(p.body, 80) AS post, a.sent_at
             FROM federation_announced a JOIN community c ON c.id = a.community_id
             LEFT JOIN feed_post p ON p.id = a.post_id
            WHERE a.author_account_id = $1 ORDER BY a.sent_at`,
          [accountId],
        ),
      }),
      erasePerson: (accountId, manager) =>
        this.federation.followers.eraseAuthor(accountId, manager),
    });
  }
}
