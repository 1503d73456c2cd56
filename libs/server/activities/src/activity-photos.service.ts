import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  fieldProblem,
  FileStorage,
  readUploadedPhoto,
  storePhoto,
  ViewerSource,
  type Viewer,
} from '@palier/server-core';
import { line } from '@palier/shared';
import { DataSource } from 'typeorm';
import { ACTIVITY_NOT_FOUND } from './activities.service';
import { activityPhotoUrl } from './photo-url';

const ALT_RULE = line(500);
const keysOf = (activityId: string, photoKey: string) =>
  [
    `activities/${activityId}/${photoKey}-large.webp`,
    `activities/${activityId}/${photoKey}-thumb.webp`,
  ] as const;

/**
 * The photo of an activity, through the shared pipeline (re-encoded, no metadata, bombs and
 * polyglots refused), with its required description (alt text). Seen by who may see the activity.
 */
@Injectable()
export class ActivityPhotosService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly viewers: ViewerSource,
  ) {}

  private alt(value: unknown): string {
    const parsed = ALT_RULE.safeParse(value ?? '');
    if (!parsed.success)
      throw AppError.badInput(
        [fieldProblem('alt', 'required')],
        'Décrivez la photo en une phrase, pour les personnes qui ne la voient pas.',
      );
    return parsed.data;
  }

  private async current(communityId: string, activityId: string): Promise<string | null> {
    const [row]: { photo_key: string | null }[] = await this.db.query(
      `SELECT photo_key FROM activity WHERE community_id = $1 AND id = $2`,
      [communityId, activityId],
    );
    if (!row) throw AppError.notFound(ACTIVITY_NOT_FOUND);
    return row.photo_key;
  }

  /** Staff: sets (or replaces) the photo with its description. */
  async set(
    communityId: string,
    activityId: string,
    bytes: Buffer | undefined,
    alt: unknown,
  ): Promise<{ url: string; alt: string }> {
    const description = this.alt(alt);
    const previous = await this.current(communityId, activityId);
    const photo = await readUploadedPhoto(bytes);
    const photoKey = randomUUID();
    await storePhoto(this.storage, keysOf(activityId, photoKey), photo, () =>
      this.db.query(
        `UPDATE activity SET photo_key = $3, photo_alt = $4, photo_width = $5, photo_height = $6, updated_at = now()
          WHERE community_id = $1 AND id = $2`,
        [communityId, activityId, photoKey, description, photo.large.width, photo.large.height],
      ),
    );
    if (previous)
      await Promise.all(keysOf(activityId, previous).map((k) => this.storage.delete(k)));
    return { url: activityPhotoUrl(activityId, photoKey, 'large'), alt: description };
  }

  /** Staff: changes the description of the photo. */
  async setAlt(communityId: string, activityId: string, alt: unknown): Promise<boolean> {
    const description = this.alt(alt);
    if (!(await this.current(communityId, activityId)))
      throw AppError.badInput(
        [fieldProblem('alt', 'out_of_range')],
        'Cette activité n’a pas de photo.',
      );
    await this.db.query(`UPDATE activity SET photo_alt = $3 WHERE community_id = $1 AND id = $2`, [
      communityId,
      activityId,
      description,
    ]);
    return true;
  }

  /** Staff: removes the photo (and its files). */
  async remove(communityId: string, activityId: string): Promise<boolean> {
    const previous = await this.current(communityId, activityId);
    if (!previous) return false;
    await this.db.query(
      `UPDATE activity SET photo_key = NULL, photo_alt = '', photo_width = NULL, photo_height = NULL
        WHERE community_id = $1 AND id = $2`,
      [communityId, activityId],
    );
    await Promise.all(keysOf(activityId, previous).map((k) => this.storage.delete(k)));
    return true;
  }

  /** The photo's bytes, for anyone when the activity is public, else for its community's members. */
  async file(
    viewer: Viewer | undefined,
    activityId: string,
    size: 'large' | 'thumb',
  ): Promise<{ bytes: Buffer; isPublic: boolean }> {
    const [row]: { community_id: string; photo_key: string | null; visibility: string }[] =
      await this.db.query(
        `SELECT community_id, photo_key, visibility FROM activity WHERE id = $1`,
        [activityId],
      );
    if (!row?.photo_key) throw AppError.notFound();
    const isPublic = row.visibility === 'public';
    if (!isPublic) {
      const membership = viewer
        ? await this.viewers.membershipOf(viewer.accountId, row.community_id)
        : undefined;
      if (!membership) throw AppError.notFound();
    }
    const [large, thumb] = keysOf(activityId, row.photo_key);
    const bytes = await this.storage.get(size === 'large' ? large : thumb);
    if (!bytes) throw AppError.notFound();
    return { bytes, isPublic };
  }
}
