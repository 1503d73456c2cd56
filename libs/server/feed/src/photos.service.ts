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
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UploadedPhotoDto } from './dto/post.dto';
import { canSeePost } from './feed.policy';
import { photoUrl } from './post-reader';
import { photoKeys } from './posts.service';

/** Photos uploaded and never attached to a post are removed after this long. */
const UNATTACHED_MAX_MS = 24 * 3600_000;

/**
 * Photo uploads (re-encoded, metadata stripped, stored through FileStorage) and their serving,
 * only to who may see the post.
 */
@Injectable()
export class PhotosService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly viewers: ViewerSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'purge-unattached-photos',
      everyMs: 3600_000,
      run: async () => {
        const n = await this.purgeUnattached(new Date(Date.now() - UNATTACHED_MAX_MS));
        return n ? `${n} unattached photos removed` : undefined;
      },
    });
  }

  async upload(
    accountId: string,
    communityId: string,
    bytes: Buffer | undefined,
  ): Promise<UploadedPhotoDto> {
    const photo = await readUploadedPhoto(bytes);
    const id = randomUUID();
    await storePhoto(this.storage, photoKeys(id), photo, () =>
      this.db.query(
        `INSERT INTO feed_photo (id, community_id, uploader_account_id, width, height, thumb_width, thumb_height, byte_size)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          communityId,
          accountId,
          photo.large.width,
          photo.large.height,
          photo.thumb.width,
          photo.thumb.height,
          photo.large.bytes.length,
        ],
      ),
    );
    return {
      id,
      thumbnailUrl: photoUrl(id, 'thumb'),
      width: photo.large.width,
      height: photo.large.height,
    };
  }

  /**
   * The bytes of a photo for this viewer, and whether anyone may see it (cacheable publicly);
   * NOT_FOUND when they may not (its existence is not told).
   */
  async file(
    viewer: Viewer | undefined,
    photoId: string,
    size: 'large' | 'thumb',
  ): Promise<{ bytes: Buffer; isPublic: boolean }> {
    const [row]: {
      community_id: string;
      uploader_account_id: string | null;
      post_id: string | null;
      visibility: 'members' | 'public' | null;
      author_account_id: string | null;
      hidden_at: Date | null;
    }[] = await this.db.query(
      `SELECT ph.community_id, ph.uploader_account_id, ph.post_id, p.visibility, p.author_account_id, p.hidden_at
         FROM feed_photo ph LEFT JOIN feed_post p ON p.id = ph.post_id WHERE ph.id = $1`,
      [photoId],
    );
    if (!row) throw AppError.notFound();
    let allowed: boolean;
    if (!row.post_id || !row.visibility) {
      allowed = !!viewer && viewer.accountId === row.uploader_account_id;
    } else {
      const membership = viewer
        ? await this.viewers.membershipOf(viewer.accountId, row.community_id)
        : undefined;
      allowed = canSeePost(
        { accountId: viewer?.accountId ?? null, role: membership?.role ?? null },
        {
          visibility: row.visibility,
          authorAccountId: row.author_account_id,
          hiddenAt: row.hidden_at,
        },
      );
    }
    if (!allowed) throw AppError.notFound();
    const [large, thumb] = photoKeys(photoId);
    const bytes = await this.storage.get(size === 'large' ? large : thumb);
    if (!bytes) throw AppError.notFound();
    return { bytes, isPublic: row.visibility === 'public' && row.hidden_at === null };
  }

  async purgeUnattached(before: Date): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `DELETE FROM feed_photo WHERE post_id IS NULL AND created_at < $1 RETURNING id`,
      [before],
    );
    for (const { id } of rows) for (const key of photoKeys(id)) await this.storage.delete(key);
    return rows.length;
  }
}
