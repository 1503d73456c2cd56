import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@palier/server-core';
import type { EntityManager } from 'typeorm';
import { CommunityNewsEntity } from './community-news.entity';

/**
 * Privacy hooks of the community module: the only personal data it keeps is who wrote a public
 * announcement or published a document. Erasure keeps the text (it belongs to the centre) and
 * forgets the author.
 */
@Injectable()
export class CommunityPrivacy implements OnModuleInit {
  constructor(private readonly registry: PrivacyRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'community',
      tables: ['community_news', 'community_document'],
      labels: {
        announcements: 'Annonces que j’ai publiées',
        title: 'Titre',
        body: 'Texte',
        publishedAt: 'Publiée le',
      },
      declaration: {
        name: 'Annonces et documents du centre',
        categories: 'auteur des annonces publiques et des versions de la charte',
        purpose: 'savoir qui, dans l’équipe, a publié une annonce ou une charte',
        legalBasis: 'intérêt légitime du centre',
        retention:
          'tant que l’annonce est en ligne ; l’auteur est oublié quand son compte est supprimé',
      },
      exportPerson: async (accountId: string, manager: EntityManager) => ({
        announcements: (
          await manager
            .getRepository(CommunityNewsEntity)
            .find({ where: { authorAccountId: accountId } })
        ).map((n) => ({ title: n.title, body: n.body, publishedAt: n.publishedAt.toISOString() })),
      }),
      erasePerson: async (accountId: string, manager: EntityManager) => {
        await manager.query(
          `UPDATE community_news SET author_account_id = NULL WHERE author_account_id = $1`,
          [accountId],
        );
        await manager.query(
          `UPDATE community_document SET published_by_account_id = NULL WHERE published_by_account_id = $1`,
          [accountId],
        );
      },
    });
  }
}
