import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, parseInput, Transactions, type Viewer } from '@palier/server-core';
import { partnershipRequestInput } from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import './sharing.events';
import type {
  DirectoryCommunityDto,
  PartnerCommunityDto,
  PartnershipDto,
  PartnershipStatusEnum,
} from './dto/sharing.dto';

interface PartnershipRow {
  id: string;
  status: string;
  message: string;
  requested_by_us: boolean;
  requested_at: Date;
  decided_at: Date | null;
  ended_at: Date | null;
  partner_id: string | null;
  partner_uri: string | null;
  partner_name: string | null;
  partner_slug: string | null;
  partner_kind: string | null;
  partner_city: string | null;
}

/** Partnerships of community $1, with the other side (a community here, or a remote actor). */
const PARTNERSHIPS = `
  SELECT p.id, p.status, p.message, p.requested_at, p.decided_at, p.ended_at,
         coalesce(p.requester_community_id = $1, false) AS requested_by_us,
         oc.id AS partner_id, coalesce(oc.name, fa.name) AS partner_name, oc.slug AS partner_slug, oc.kind AS partner_kind, oc.city AS partner_city,
         CASE WHEN p.requester_community_id = $1 THEN p.recipient_actor_uri ELSE p.requester_actor_uri END AS partner_uri
    FROM sharing_partnership p
    LEFT JOIN community oc ON oc.id = CASE WHEN p.requester_community_id = $1 THEN p.recipient_community_id
                                           ELSE p.requester_community_id END
    -- A community of another server: its name as its actor told us (federation).
    LEFT JOIN federation_actor fa ON fa.uri = coalesce(p.recipient_actor_uri, p.requester_actor_uri)
   WHERE (p.requester_community_id = $1 OR p.recipient_community_id = $1)`;

const LIVE = ['requested', 'active'];

/** The error to throw when inserting a partnership failed: a live one with that partner exists. */
export function livePartnershipConflict(error: unknown): unknown {
  return (error as { code?: string }).code === '23505'
    ? new AppError('CONFLICT', 'Une demande ou un partenariat existe déjà avec cette communauté.')
    : error;
}

function partnerOf(r: PartnershipRow): PartnerCommunityDto {
  return {
    id: r.partner_id,
    name: r.partner_name ?? r.partner_uri ?? '',
    slug: r.partner_slug,
    kind: r.partner_kind ?? 'social_centre',
    city: r.partner_city ?? '',
  };
}

function toDto(r: PartnershipRow): PartnershipDto {
  return {
    id: r.id,
    partner: partnerOf(r),
    status: r.status as PartnershipStatusEnum,
    requestedByUs: r.requested_by_us,
    message: r.message,
    requestedAt: new Date(r.requested_at),
    decidedAt: r.decided_at && new Date(r.decided_at),
    endedAt: r.ended_at && new Date(r.ended_at),
  };
}

/**
 * Partnerships between communities: one asks (its admin or builder), the other accepts or
 * declines, either ends it. The database keeps one live partnership per pair.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
  ) {}

  /** Tells the other side (after the change has committed). */
  private announce(
    partnershipId: string,
    byCommunityId: string,
    state: 'requested' | 'accepted' | 'declined' | 'ended',
  ): Promise<void> {
    return this.tx.publish({
      type: 'sharing.partnership.changed',
      payload: { partnershipId, byCommunityId, state },
    });
  }

  /** The other communities of this server, with our live or latest partnership with each. */
  async directory(communityId: string): Promise<DirectoryCommunityDto[]> {
    const communities: { id: string; name: string; slug: string; kind: string; city: string }[] =
      await this.db.query(
        `SELECT id, name, slug, kind, city FROM community WHERE id <> $1 ORDER BY name`,
        [communityId],
      );
    const live = new Map(
      (await this.list(communityId))
        .filter((p) => LIVE.includes(p.status))
        .map((p) => [p.partner.id, p]),
    );
    return communities.map((c) => ({
      community: { id: c.id, name: c.name, slug: c.slug, kind: c.kind, city: c.city },
      partnership: live.get(c.id) ?? null,
    }));
  }

  /** Our partnerships: live ones first (requests, then active), then the past ones. */
  async list(communityId: string): Promise<PartnershipDto[]> {
    const rows: PartnershipRow[] = await this.db.query(
      `${PARTNERSHIPS}
       ORDER BY CASE p.status WHEN 'requested' THEN 0 WHEN 'active' THEN 1 ELSE 2 END,
                coalesce(p.ended_at, p.decided_at, p.requested_at) DESC
       LIMIT 500`,
      [communityId],
    );
    return rows.map(toDto);
  }

  /** The active partnerships of a community (used to address offers). */
  async activeIds(manager: EntityManager, communityId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM sharing_partnership WHERE status = 'active'
          AND (requester_community_id = $1 OR recipient_community_id = $1)`,
      [communityId],
    );
    return new Set(rows.map((r) => r.id));
  }

  async request(viewer: Viewer, communityId: string, raw: unknown): Promise<PartnershipDto> {
    const input = parseInput(partnershipRequestInput, raw);
    if (input.partnerCommunityId === communityId)
      throw AppError.badInput(
        [],
        'Une communauté ne peut pas être partenaire d’elle-même : choisissez-en une autre.',
      );
    const [partner] = await this.db.query(`SELECT id FROM community WHERE id = $1`, [
      input.partnerCommunityId,
    ]);
    if (!partner) throw AppError.notFound('Nous ne connaissons pas cette communauté.');
    let id: string;
    try {
      [{ id }] = await this.db.query(
        `INSERT INTO sharing_partnership (requester_community_id, recipient_community_id, message, requested_by_account_id)
         VALUES ($1, $2, $3, $4) RETURNING id`,
        [communityId, input.partnerCommunityId, input.message, viewer.accountId],
      );
    } catch (error) {
      throw livePartnershipConflict(error);
    }
    await this.announce(id, communityId, 'requested');
    return this.get(communityId, id);
  }

  /** The asked community accepts or declines a request. */
  async answer(
    viewer: Viewer,
    communityId: string,
    id: string,
    accept: boolean,
  ): Promise<PartnershipDto> {
    const [rows] = await this.db.query(
      `UPDATE sharing_partnership SET status = $3, decided_at = now(), decided_by_account_id = $4
        WHERE id = $1 AND recipient_community_id = $2 AND status = 'requested' RETURNING id`,
      [id, communityId, accept ? 'active' : 'declined', viewer.accountId],
    );
    if (!rows.length)
      throw AppError.notFound('Cette demande de partenariat n’est plus en attente.');
    await this.announce(id, communityId, accept ? 'accepted' : 'declined');
    return this.get(communityId, id);
  }

  /** Either side ends a partnership (or the asking side withdraws its request). */
  async end(communityId: string, id: string): Promise<PartnershipDto> {
    const [rows] = await this.db.query(
      `UPDATE sharing_partnership SET status = 'ended', ended_at = now(), ended_by_community_id = $2
        WHERE id = $1 AND (requester_community_id = $2 OR recipient_community_id = $2)
          AND status IN ('requested', 'active') RETURNING id`,
      [id, communityId],
    );
    if (!rows.length) throw AppError.notFound('Ce partenariat est déjà terminé.');
    await this.announce(id, communityId, 'ended');
    return this.get(communityId, id);
  }

  private async get(communityId: string, id: string): Promise<PartnershipDto> {
    const [row]: PartnershipRow[] = await this.db.query(`${PARTNERSHIPS} AND p.id = $2`, [
      communityId,
      id,
    ]);
    if (!row) throw AppError.notFound();
    return toDto(row);
  }
}
