import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Viewer } from '@palier/server-core';
import { OPTIONAL_CONSENT_VERSION, OPTIONAL_CONSENTS, type OptionalConsent } from '@palier/shared';
import { DataSource } from 'typeorm';
import type { CommunityConsentsDto, ConsentRecordDto } from '../dto/consent.dto';

/**
 * Consents: the charter and privacy notice accepted on joining (recorded by identity) and the
 * optional ones, given or withdrawn in one click. Every yes and every no is a new row with its
 * time and version: the history is never rewritten.
 */
@Injectable()
export class ConsentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(viewer: Viewer): Promise<CommunityConsentsDto[]> {
    const communities: { id: string; name: string }[] = await this.db.query(
      `SELECT c.id, c.name FROM membership m JOIN community c ON c.id = m.community_id
        WHERE m.account_id = $1 AND m.status IN ('active', 'pending') ORDER BY c.name`,
      [viewer.accountId],
    );
    const latest: {
      community_id: string;
      kind: string;
      version: number | null;
      granted: boolean;
      recorded_at: Date;
    }[] = await this.db.query(
      `SELECT DISTINCT ON (community_id, kind) community_id, kind, version, granted, recorded_at
         FROM consent WHERE account_id = $1 AND community_id IS NOT NULL
        ORDER BY community_id, kind, recorded_at DESC, id`,
      [viewer.accountId],
    );
    return communities.map((c) => {
      const of = (kind: string) => latest.find((l) => l.community_id === c.id && l.kind === kind);
      const accepted = (kind: string) => {
        const row = of(kind);
        return row?.granted ? row.version : null;
      };
      return {
        communityId: c.id,
        communityName: c.name,
        charterVersion: accepted('charter'),
        privacyNoticeVersion: accepted('privacy_notice'),
        optional: OPTIONAL_CONSENTS.map((kind) => {
          const row = of(kind);
          return {
            kind,
            granted: row?.granted ?? false,
            recordedAt: row ? new Date(row.recorded_at) : null,
          };
        }),
      };
    });
  }

  async history(viewer: Viewer): Promise<ConsentRecordDto[]> {
    const rows: {
      community_name: string | null;
      kind: string;
      version: number | null;
      granted: boolean;
      recorded_at: Date;
      desk_action_id: string | null;
    }[] = await this.db.query(
      `SELECT c.name AS community_name, k.kind, k.version, k.granted, k.recorded_at, k.desk_action_id
         FROM consent k LEFT JOIN community c ON c.id = k.community_id
        WHERE k.account_id = $1 ORDER BY k.recorded_at DESC, k.id LIMIT 200`,
      [viewer.accountId],
    );
    return rows.map((r) => ({
      communityName: r.community_name,
      kind: r.kind,
      version: r.version,
      granted: r.granted,
      recordedAt: new Date(r.recorded_at),
      atDesk: !!r.desk_action_id,
    }));
  }

  /** Gives or withdraws an optional consent in a community the viewer belongs to. */
  async set(
    viewer: Viewer,
    communityId: string,
    kind: string,
    granted: boolean,
  ): Promise<CommunityConsentsDto[]> {
    if (!(OPTIONAL_CONSENTS as readonly string[]).includes(kind))
      throw AppError.notFound('Cet accord n’existe pas.');
    await this.db.query(
      `INSERT INTO consent (account_id, community_id, kind, version, granted)
       VALUES ($1, $2, $3, $4, $5)`,
      [viewer.accountId, communityId, kind as OptionalConsent, OPTIONAL_CONSENT_VERSION, granted],
    );
    return this.mine(viewer);
  }
}
