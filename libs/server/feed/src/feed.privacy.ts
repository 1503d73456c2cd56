import { Injectable, OnModuleInit } from '@nestjs/common';
import { FileStorage, PrivacyRegistry } from '@palier/server-core';
import { CommentThreads } from '@palier/server-moderation';
import type { EntityManager } from 'typeorm';
import { FEED_COMMENTS } from './comments.service';
import { photoKeys } from './posts.service';

/**
 * Privacy hooks of the feed. Export: the person's posts (with their photo files), comments and
 * reactions. Erasure: their posts and photos (files too) are deleted; their comments stay without
 * author ("Ancien membre") when the community keeps them (its setting), otherwise are deleted;
 * their reactions stay without author so that counts stay exact; mutes by or of them go, and so
 * do mentions of them. Photos uploaded and never attached go too.
 */
@Injectable()
export class FeedPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly storage: FileStorage,
    private readonly threads: CommentThreads,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'feed',
      tables: [
        'feed_post',
        'feed_photo',
        'feed_comment',
        'feed_reaction',
        'feed_mention',
        'feed_mute',
      ],
      labels: {
        posts: 'Mes publications',
        comments: 'Mes commentaires',
        reactions: 'Mes réactions',
        mutes: 'Membres que j’ai mis en sourdine',
        community: 'Communauté',
        body: 'Texte',
        content_warning: 'Avertissement',
        visibility: 'Visible par',
        created_at: 'Le',
        edited_at: 'Modifié le',
        photos: 'Photos',
        reaction: 'Réaction',
        member: 'Membre',
        post: 'Publication',
      },
      declaration: {
        name: 'Fil de la communauté',
        categories:
          'publications (textes et photos sans métadonnées), commentaires, réactions, mentions, membres mis en sourdine',
        purpose:
          'échanger entre membres de la communauté, dans un fil chronologique sans publicité',
        legalBasis: 'exécution du service demandé (article 6.1.b du RGPD)',
        retention:
          'jusqu’à ce que l’auteur les supprime ou que son compte soit supprimé ; les commentaires peuvent rester sans nom (« Ancien membre ») si la communauté l’a choisi',
        recipients:
          'les membres de la communauté ; tout le monde pour une publication rendue publique par son auteur',
      },
      exportPerson: (accountId, manager, files) => this.exportPerson(accountId, manager, files),
      erasePerson: (accountId, manager) => this.erasePerson(accountId, manager),
    });
  }

  private async exportPerson(
    accountId: string,
    manager: EntityManager,
    files: { add(name: string, content: Uint8Array): string },
  ): Promise<Record<string, unknown>> {
    const posts: {
      id: string;
      community: string;
      body: string;
      content_warning: string | null;
      visibility: string;
      created_at: Date;
      edited_at: Date | null;
    }[] = await manager.query(
      `SELECT p.id, c.name AS community, p.body, p.content_warning, p.visibility, p.created_at, p.edited_at
           FROM feed_post p JOIN community c ON c.id = p.community_id
          WHERE p.author_account_id = $1 ORDER BY p.created_at`,
      [accountId],
    );
    const photos: { id: string; post_id: string; alt: string }[] = await manager.query(
      `SELECT ph.id, ph.post_id, ph.alt FROM feed_photo ph JOIN feed_post p ON p.id = ph.post_id
        WHERE p.author_account_id = $1 ORDER BY ph.post_id, ph.position`,
      [accountId],
    );
    const photosOf = new Map<string, { file: string; alt: string }[]>();
    for (const photo of photos) {
      const bytes = await this.storage.get(photoKeys(photo.id)[0]);
      if (!bytes) continue;
      const file = files.add(`photos/${photo.id}.webp`, bytes);
      photosOf.set(photo.post_id, [
        ...(photosOf.get(photo.post_id) ?? []),
        { file, alt: photo.alt },
      ]);
    }
    return {
      posts: posts.map(({ id, ...post }) => ({ ...post, photos: photosOf.get(id) ?? [] })),
      comments: await this.threads.exportPerson(
        manager,
        FEED_COMMENTS,
        accountId,
        'feed_post',
        'body',
      ),
      reactions: await manager.query(
        `SELECT c.name AS community, left(p.body, 80) AS post, r.reaction, r.created_at
           FROM feed_reaction r JOIN feed_post p ON p.id = r.post_id JOIN community c ON c.id = p.community_id
          WHERE r.account_id = $1 ORDER BY r.created_at`,
        [accountId],
      ),
      mutes: await manager.query(
        `SELECT c.name AS community, a.display_name AS member FROM feed_mute m
           JOIN community c ON c.id = m.community_id JOIN account a ON a.id = m.muted_account_id
          WHERE m.account_id = $1`,
        [accountId],
      ),
    };
  }

  private async erasePerson(accountId: string, manager: EntityManager): Promise<void> {
    const photos: { id: string }[] = await manager.query(
      `SELECT ph.id FROM feed_photo ph LEFT JOIN feed_post p ON p.id = ph.post_id
        WHERE p.author_account_id = $1 OR ph.uploader_account_id = $1`,
      [accountId],
    );
    await manager.query(`DELETE FROM feed_photo WHERE id = ANY($1::uuid[])`, [
      photos.map((p) => p.id),
    ]);
    await manager.query(`DELETE FROM feed_post WHERE author_account_id = $1`, [accountId]);
    await this.threads.erasePerson(manager, FEED_COMMENTS, accountId);
    await manager.query(`UPDATE feed_reaction SET account_id = NULL WHERE account_id = $1`, [
      accountId,
    ]);
    await manager.query(`DELETE FROM feed_mention WHERE account_id = $1`, [accountId]);
    await manager.query(`DELETE FROM feed_mute WHERE account_id = $1 OR muted_account_id = $1`, [
      accountId,
    ]);
    await manager.query(
      `UPDATE feed_post SET pinned_by_account_id = NULL WHERE pinned_by_account_id = $1`,
      [accountId],
    );
    for (const { id } of photos) for (const key of photoKeys(id)) await this.storage.delete(key);
  }
}
