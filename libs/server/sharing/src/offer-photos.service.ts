import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  FileStorage,
  readUploadedPhoto,
  storePhoto,
  type Viewer,
} from '@palier/server-core';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { VISIBLE_OFFERS } from './sharing.sql';

const TEAM = ['staff', 'builder', 'admin'];

/** The storage keys of an offer's photo (large, thumb) from its base key. */
const keysOf = (base: string) => [`${base}-large.webp`, `${base}-thumb.webp`] as const;

export const offerPhotoUrl = (offerId: string, size: 'large' | 'thumb') =>
  `/media/sharing/offers/${offerId}/photo/${size}`;

/**
 * An offer's photo: re-encoded without metadata by the core pipeline, stored through FileStorage,
 * served only to who may see the offer (the offering team, members of the partners it reaches).
 */
@Injectable()
export class OfferPhotosService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly storage: FileStorage,
  ) {}

  async upload(
    communityId: string,
    offerId: string,
    bytes: Buffer | undefined,
  ): Promise<{ photoUrl: string; thumbnailUrl: string }> {
    const [offer]: { photo_key: string | null }[] = await this.db.query(
      `SELECT photo_key FROM sharing_offer WHERE id = $1 AND community_id = $2`,
      [offerId, communityId],
    );
    if (!offer) throw AppError.notFound('Nous n’avons pas trouvé cette offre.');
    const photo = await readUploadedPhoto(bytes);
    const base = `sharing/offers/${offerId}-${randomBytes(6).toString('hex')}`;
    await storePhoto(this.storage, keysOf(base), photo, async () => {
      const [rows] = await this.db.query(
        `UPDATE sharing_offer SET photo_key = $3, updated_at = now() WHERE id = $1 AND community_id = $2 RETURNING id`,
        [offerId, communityId, base],
      );
      if (!rows.length) throw AppError.notFound('Nous n’avons pas trouvé cette offre.');
    });
    if (offer.photo_key) for (const key of keysOf(offer.photo_key)) await this.storage.delete(key);
    return {
      photoUrl: offerPhotoUrl(offerId, 'large'),
      thumbnailUrl: offerPhotoUrl(offerId, 'thumb'),
    };
  }

  /** The photo's bytes for this viewer; NOT_FOUND when they may not see the offer. */
  async file(
    viewer: Viewer | undefined,
    offerId: string,
    size: 'large' | 'thumb',
  ): Promise<Buffer> {
    if (!viewer) throw AppError.notFound();
    const [offer]: { community_id: string; photo_key: string | null }[] = await this.db.query(
      `SELECT community_id, photo_key FROM sharing_offer WHERE id = $1`,
      [offerId],
    );
    if (!offer?.photo_key) throw AppError.notFound();
    const memberships: { community_id: string; role: string }[] = await this.db.query(
      `SELECT community_id, role FROM membership WHERE account_id = $1 AND status = 'active'`,
      [viewer.accountId],
    );
    let allowed = memberships.some(
      (m) => m.community_id === offer.community_id && TEAM.includes(m.role),
    );
    for (const m of memberships) {
      if (allowed) break;
      allowed =
        (await this.db.query(`${VISIBLE_OFFERS} AND o.id = $2`, [m.community_id, offerId])).length >
        0;
    }
    if (!allowed) throw AppError.notFound();
    const [large, thumb] = keysOf(offer.photo_key);
    const bytes = await this.storage.get(size === 'large' ? large : thumb);
    if (!bytes) throw AppError.notFound();
    return bytes;
  }
}
