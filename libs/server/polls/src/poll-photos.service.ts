import { randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  FileStorage,
  Jobs,
  readUploadedPhoto,
  storePhoto,
  ViewerSource,
  type Viewer,
} from '@palier/server-core';
import { DataSource, EntityManager } from 'typeorm';

/** Photos uploaded for a poll that was never created are removed after this long. */
const UNATTACHED_MAX_MS = 24 * 3600_000;

export const pollPhotoKeys = (id: string) => [`polls/${id}/large.webp`, `polls/${id}/thumb.webp`];
export const pollPhotoUrl = (id: string, size: 'large' | 'thumb') =>
  `/media/poll-photos/${id}/${size}`;

export interface UploadedPollPhoto {
  id: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

/**
 * The optional photo of a poll's answer: uploaded first (re-encoded without metadata by the core
 * pipeline), attached when the poll is created, shown to the community's members only.
 */
@Injectable()
export class PollPhotosService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly viewers: ViewerSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'purge-unattached-poll-photos',
      everyMs: 3600_000,
      run: async () => {
        const n = await this.purgeUnattached(new Date(Date.now() - UNATTACHED_MAX_MS));
        return n ? `${n} unattached poll photos removed` : undefined;
      },
    });
  }

  async upload(
    accountId: string,
    communityId: string,
    bytes: Buffer | undefined,
  ): Promise<UploadedPollPhoto> {
    const photo = await readUploadedPhoto(bytes);
    const id = randomUUID();
    await storePhoto(this.storage, pollPhotoKeys(id), photo, () =>
      this.db.query(
        `INSERT INTO poll_photo (id, community_id, uploader_account_id, width, height, thumb_width, thumb_height)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          communityId,
          accountId,
          photo.large.width,
          photo.large.height,
          photo.thumb.width,
          photo.thumb.height,
        ],
      ),
    );
    return {
      id,
      thumbnailUrl: pollPhotoUrl(id, 'thumb'),
      width: photo.thumb.width,
      height: photo.thumb.height,
    };
  }

  /** Attaches the uploader's photo to a new option, with its description; false if not possible. */
  async attach(
    manager: EntityManager,
    communityId: string,
    accountId: string,
    photoId: string,
    optionId: string,
    alt: string,
  ): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE poll_photo SET option_id = $4, alt = $5
        WHERE id = $1 AND community_id = $2 AND uploader_account_id = $3 AND option_id IS NULL
        RETURNING id`,
      [photoId, communityId, accountId, optionId, alt],
    );
    return rows.length === 1;
  }

  /** The bytes of a photo, for a member of its community (or its uploader before it is used). */
  async file(viewer: Viewer, photoId: string, size: 'large' | 'thumb'): Promise<Buffer> {
    const [row]: {
      community_id: string;
      uploader_account_id: string | null;
      option_id: string | null;
      hidden: boolean;
    }[] = await this.db.query(
      `SELECT ph.community_id, ph.uploader_account_id, ph.option_id, (p.hidden_at IS NOT NULL) AS hidden
         FROM poll_photo ph LEFT JOIN poll_option o ON o.id = ph.option_id LEFT JOIN poll p ON p.id = o.poll_id
        WHERE ph.id = $1`,
      [photoId],
    );
    if (!row) throw AppError.notFound();
    const allowed = row.option_id
      ? !!(await this.viewers.membershipOf(viewer.accountId, row.community_id))
      : row.uploader_account_id === viewer.accountId;
    if (!allowed) throw AppError.notFound();
    const [large, thumb] = pollPhotoKeys(photoId);
    const bytes = await this.storage.get(size === 'large' ? large : thumb);
    if (!bytes) throw AppError.notFound();
    return bytes;
  }

  async deleteFiles(ids: string[]): Promise<void> {
    for (const id of ids) for (const key of pollPhotoKeys(id)) await this.storage.delete(key);
  }

  async purgeUnattached(before: Date): Promise<number> {
    const [rows]: [{ id: string }[], number] = await this.db.query(
      `DELETE FROM poll_photo WHERE option_id IS NULL AND created_at < $1 RETURNING id`,
      [before],
    );
    await this.deleteFiles(rows.map((r) => r.id));
    return rows.length;
  }
}
