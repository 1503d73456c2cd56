import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  FileStorage,
  fieldProblem,
  readUploadedPhoto,
  storePhoto,
  Transactions,
  ViewerSource,
  type Viewer,
} from '@palier/server-core';
import { ModerationService } from '@palier/server-moderation';
import { PHOTO_LIMITS } from '@palier/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { IDEA_MODERATOR_ROLES } from './ideas.policy';

/** Where the two sizes of an idea's photo are stored. */
export const ideaPhotoKeys = (id: string) => [
  `idea-photos/${id}/large.webp`,
  `idea-photos/${id}/thumb.webp`,
];
export const ideaPhotoUrl = (id: string, size: 'large' | 'thumb') =>
  `/media/idea-photos/${id}/${size}`;

/**
 * The optional photo of an idea: its author sends it once the idea exists (one step, no photo
 * left unattached), re-encoded without any metadata by the shared pipeline (server-core); it is
 * served only to who may see the idea.
 */
@Injectable()
export class IdeaPhotosService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly storage: FileStorage,
    private readonly viewers: ViewerSource,
    private readonly moderation: ModerationService,
  ) {}

  /** The author adds (or replaces) the photo of their idea, with its description. */
  async attach(
    viewer: Viewer,
    communityId: string,
    ideaId: string,
    bytes: Buffer | undefined,
    rawAlt: unknown,
  ): Promise<{ id: string }> {
    const alt = typeof rawAlt === 'string' ? rawAlt.trim() : '';
    // eslint-disable-next-line no-control-regex
    if (alt.length > PHOTO_LIMITS.altMax || /[\u0000-\u001F\u007F]/.test(alt))
      throw AppError.badInput([fieldProblem('alt', 'too_long')]);
    const [idea]: { author_account_id: string | null; merged_into_id: string | null }[] =
      await this.db.query(
        `SELECT author_account_id, merged_into_id FROM idea WHERE id = $1 AND community_id = $2`,
        [ideaId, communityId],
      );
    if (!idea) throw AppError.notFound();
    if (idea.author_account_id !== viewer.accountId || idea.merged_into_id)
      throw AppError.forbidden('Seul l’auteur de l’idée peut y ajouter une photo.');
    const photo = await readUploadedPhoto(bytes);
    const id = randomUUID();
    let replaced: string[] = [];
    await storePhoto(this.storage, ideaPhotoKeys(id), photo, () =>
      this.tx.run(async (manager, emit) => {
        await this.moderation.assertMayContribute(manager, communityId, viewer.accountId);
        replaced = await this.detach(manager, ideaId);
        await manager.query(
          `INSERT INTO idea_photo (id, idea_id, community_id, alt, width, height, thumb_width, thumb_height, byte_size)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            id,
            ideaId,
            communityId,
            alt,
            photo.large.width,
            photo.large.height,
            photo.thumb.width,
            photo.thumb.height,
            photo.large.bytes.length,
          ],
        );
        emit({ type: 'ideas.changed', payload: { communityId, ideaId, removed: false } });
      }),
    );
    await this.deleteFiles(replaced);
    return { id };
  }

  /** Removes the photo rows of these ideas; returns the photo ids whose files to delete. */
  async detach(manager: EntityManager, ...ideaIds: string[]): Promise<string[]> {
    const [rows]: [{ id: string }[]] = await manager.query(
      `DELETE FROM idea_photo WHERE idea_id = ANY($1::uuid[]) RETURNING id`,
      [ideaIds],
    );
    return rows.map((r) => r.id);
  }

  async deleteFiles(photoIds: string[]): Promise<void> {
    for (const id of photoIds) for (const key of ideaPhotoKeys(id)) await this.storage.delete(key);
  }

  /** The bytes of a photo for a member who may see its idea; NOT_FOUND otherwise. */
  async file(
    viewer: Viewer | undefined,
    photoId: string,
    size: 'large' | 'thumb',
  ): Promise<Buffer> {
    const [row]: {
      community_id: string;
      author_account_id: string | null;
      hidden_at: Date | null;
    }[] = await this.db.query(
      `SELECT i.community_id, i.author_account_id, i.hidden_at
         FROM idea_photo ph JOIN idea i ON i.id = ph.idea_id WHERE ph.id = $1`,
      [photoId],
    );
    if (!row || !viewer) throw AppError.notFound();
    const membership = await this.viewers.membershipOf(viewer.accountId, row.community_id);
    const allowed =
      !!membership &&
      (row.hidden_at === null ||
        row.author_account_id === viewer.accountId ||
        IDEA_MODERATOR_ROLES.includes(membership.role));
    if (!allowed) throw AppError.notFound();
    const [large, thumb] = ideaPhotoKeys(photoId);
    const bytes = await this.storage.get(size === 'large' ? large : thumb);
    if (!bytes) throw AppError.notFound();
    return bytes;
  }
}
