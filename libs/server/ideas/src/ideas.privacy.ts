import { Injectable, OnModuleInit } from '@nestjs/common';
import { FileStorage, PrivacyRegistry, type ExportFiles } from '@palier/server-core';
import { CommentThreads } from '@palier/server-moderation';
import type { EntityManager } from 'typeorm';
import { IDEA_COMMENTS } from './idea-comments.service';
import { ideaPhotoKeys, IdeaPhotosService } from './idea-photos.service';

/**
 * Privacy hooks of the idea box. Export: the person's ideas (with the centre's answers and their
 * photo file), the ideas they support, their comments. Erasure: their ideas stay without author
 * ("Ancien membre") and without their photo — other members supported and discussed them, and
 * the centre answered; their supports stay
 * counted without identity: the account id is removed and the key that prevents a double count
 * becomes one random value for all of the person's supports (so a later merge still counts them
 * once) that nothing links to them; their comments follow the shared comment rule (kept without
 * author or deleted, as the community chose); the staff member who answered is forgotten.
 */
@Injectable()
export class IdeasPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly threads: CommentThreads,
    private readonly photos: IdeaPhotosService,
    private readonly storage: FileStorage,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'ideas',
      tables: ['idea', 'idea_photo', 'idea_support', 'idea_status_change', 'idea_comment'],
      labels: {
        ideas: 'Mes idées',
        supports: 'Idées que je soutiens',
        comments: 'Mes commentaires sur les idées',
        community: 'Communauté',
        title: 'Titre',
        description: 'Description',
        category: 'Catégorie',
        status: 'Où elle en est',
        answers: 'Réponses du centre',
        answer: 'Réponse',
        idea: 'Idée',
        body: 'Texte',
        created_at: 'Le',
        photo: 'Photo',
      },
      declaration: {
        name: 'Boîte à idées',
        categories: 'idées proposées (avec leur photo, sans métadonnées), soutiens, commentaires',
        purpose:
          'permettre aux habitants de proposer des idées au centre, de les soutenir et d’en discuter, et au centre d’y répondre',
        legalBasis: 'exécution du service demandé (article 6.1.b du RGPD)',
        retention:
          'jusqu’à la suppression du compte ; les idées restent alors sans nom (« Ancien membre ») et les soutiens restent comptés sans identité',
        recipients: 'les membres de la communauté ; l’équipe du centre',
      },
      exportPerson: (accountId, manager, files) => this.exportPerson(accountId, manager, files),
      erasePerson: (accountId, manager) => this.erasePerson(accountId, manager),
    });
  }

  private async exportPerson(
    accountId: string,
    manager: EntityManager,
    files: ExportFiles,
  ): Promise<Record<string, unknown>> {
    const ideas: ({ photo_id: string | null } & Record<string, unknown>)[] = await manager.query(
      `SELECT c.name AS community, i.title, i.description, k.name AS category, i.status, i.created_at, ph.id AS photo_id,
                coalesce((SELECT json_agg(json_build_object('status', h.to_status, 'answer', h.answer, 'created_at', h.created_at)
                            ORDER BY h.created_at) FROM idea_status_change h WHERE h.idea_id = i.id), '[]') AS answers
           FROM idea i JOIN community c ON c.id = i.community_id JOIN idea_category k ON k.id = i.category_id
           LEFT JOIN idea_photo ph ON ph.idea_id = i.id
          WHERE i.author_account_id = $1 ORDER BY i.created_at`,
      [accountId],
    );
    const withPhotos = [];
    for (const { photo_id, ...idea } of ideas) {
      const bytes = photo_id ? await this.storage.get(ideaPhotoKeys(photo_id)[0]) : null;
      withPhotos.push({
        ...idea,
        photo: bytes ? files.add(`idee-${photo_id}.webp`, bytes) : null,
      });
    }
    return {
      ideas: withPhotos,
      supports: await manager.query(
        `SELECT c.name AS community, i.title AS idea, s.created_at
           FROM idea_support s JOIN idea i ON i.id = s.idea_id JOIN community c ON c.id = i.community_id
          WHERE s.account_id = $1 ORDER BY s.created_at`,
        [accountId],
      ),
      comments: await this.threads.exportPerson(manager, IDEA_COMMENTS, accountId, 'idea', 'title'),
    };
  }

  private async erasePerson(accountId: string, manager: EntityManager): Promise<void> {
    // Their photos go (a photo may show them or their family); their ideas stay without author.
    const mine: { id: string }[] = await manager.query(
      `SELECT id FROM idea WHERE author_account_id = $1`,
      [accountId],
    );
    const photoIds = await this.photos.detach(manager, ...mine.map((i) => i.id));
    await manager.query(`UPDATE idea SET author_account_id = NULL WHERE author_account_id = $1`, [
      accountId,
    ]);
    await manager.query(
      `UPDATE idea_support SET account_id = NULL, supporter_key = k.key
         FROM (SELECT gen_random_uuid() AS key) k WHERE account_id = $1`,
      [accountId],
    );
    await manager.query(
      `UPDATE idea_status_change SET by_account_id = NULL WHERE by_account_id = $1`,
      [accountId],
    );
    await this.threads.erasePerson(manager, IDEA_COMMENTS, accountId);
    await this.photos.deleteFiles(photoIds);
  }
}
