import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  fieldProblem,
  parseInput,
  Transactions,
  type Emit,
  type Viewer,
} from '@palier/server-core';
import {
  claimInput,
  DATE_RULE,
  offerInput,
  offerUpdateInput,
  SHARING_LIMITS,
} from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ClaimStatusEnum,
  MyClaimDto,
  OfferClaimDto,
  OfferKindEnum,
  PartnerCommunityDto,
  PartnerOfferDetailDto,
  SharedOfferDto,
  StaffOfferDetailDto,
  StaffOfferDto,
} from './dto/sharing.dto';
import { offerPhotoUrl } from './offer-photos.service';
import { PartnershipsService } from './partnerships.service';
import {
  ADDRESSED_PARTNERSHIPS,
  AUDIENCE_COMMUNITIES,
  OFFERING_COMMUNITY,
  VISIBLE_OFFERS,
  type OfferRow,
} from './sharing.sql';
import './sharing.events';

const NONE_LEFT = 'Il n’en reste plus : tout a déjà été demandé.';
const FEWER_LEFT = (n: number) => `Il n’en reste que ${n} : demandez-en ${n} au plus, ou moins.`;
const OVER_LIMIT = (limit: number, left: number) =>
  left > 0
    ? `Chaque personne peut en demander ${limit} au plus : vous pouvez encore en demander ${left}.`
    : `Chaque personne peut en demander ${limit} au plus : vous avez déjà tout ce que vous pouviez demander.`;
const CLOSED = 'Cette offre est terminée : on ne peut plus en faire la demande.';
const OFFER_NOT_FOUND = 'Nous n’avons pas trouvé cette offre.';
/** Claims that hold (or may hold) units: not cancelled, not refused. */
const HOLDING = `status NOT IN ('cancelled', 'refused')`;

/** An offer with the partnership through which it is seen or claimed. */
type AddressedRow = OfferRow & { partnership_id: string };

/** Who claims: a member here, or a member of a partner on another server (by its actor). */
export interface Claimant {
  accountId: string | null;
  communityId: string | null;
  actorUri: string | null;
  communityName: string;
  name: string | null;
  contact: string | null;
  /** The Join activity of a claim from another server. */
  activityId: string | null;
}

/** What a partner on another server asks for (a Join activity of one of our offers). */
export interface RemoteClaim {
  offerId: string;
  actorUri: string;
  activityId: string;
  communityName: string;
  name: string | null;
  contact: string | null;
  quantity: number;
}

export interface ClaimRow {
  id: string;
  offer_id: string;
  offering_community_id: string | null;
  remote_actor_uri: string | null;
  claimant_actor_uri: string | null;
  remote_activity_id: string | null;
  refused_reason: string | null;
  offer_title: string;
  offering_community_name: string;
  offer_kind: string;
  claimant_account_id: string | null;
  claimant_name: string | null;
  claimant_contact: string | null;
  claimant_community_id: string | null;
  claimant_community_name: string;
  quantity: number;
  status: string;
  due_on: string | null;
  created_at: Date;
  handed_over_at: Date | null;
  returned_at: Date | null;
}

const CLAIMS = `
  SELECT k.id, k.offer_id, k.offering_community_id, o.title AS offer_title,
         coalesce(c.name, fa.name, o.remote_actor_uri) AS offering_community_name, o.remote_actor_uri,
         o.kind AS offer_kind, k.claimant_account_id, k.claimant_name, k.claimant_contact,
         k.claimant_community_id, k.claimant_community_name, k.claimant_actor_uri, k.remote_activity_id,
         k.refused_reason, k.quantity, k.status,
         to_char(k.due_on, 'YYYY-MM-DD') AS due_on, k.created_at, k.handed_over_at, k.returned_at
    FROM sharing_claim k
    JOIN sharing_offer o ON o.id = k.offer_id ${OFFERING_COMMUNITY}`;

/** An offer's end: after now, within a year. */
function expiryOf(iso: string): Date {
  const expires = new Date(iso);
  const now = Date.now();
  if (
    expires.getTime() <= now ||
    expires.getTime() > now + SHARING_LIMITS.expiryMaxDays * 86_400_000
  )
    throw AppError.badInput(
      [fieldProblem('expiresAt', 'out_of_range')],
      'Choisissez une date de fin après aujourd’hui et dans moins d’un an.',
    );
  return expires;
}

export function isClosed(o: OfferRow, now = new Date()): boolean {
  return !!o.withdrawn_at || !!o.hidden_at || new Date(o.expires_at) <= now;
}

function offerDto(o: OfferRow, now = new Date()): SharedOfferDto {
  return {
    id: o.id,
    offeringCommunityId: o.community_id,
    offeringCommunityName: o.offering_community_name,
    title: o.title,
    description: o.description,
    conditions: o.conditions,
    kind: o.kind as OfferKindEnum,
    quantity: o.quantity,
    remaining: o.remaining,
    perMemberLimit: o.per_member_limit,
    expiresAt: new Date(o.expires_at),
    allPartners: o.all_partners,
    photoUrl: o.photo_key ? offerPhotoUrl(o.id, 'large') : null,
    thumbnailUrl: o.photo_key ? offerPhotoUrl(o.id, 'thumb') : null,
    closed: isClosed(o, now),
    withdrawn: !!o.withdrawn_at,
    hidden: !!o.hidden_at,
    createdAt: new Date(o.created_at),
  };
}

function myClaimDto(k: ClaimRow): MyClaimDto {
  return {
    id: k.id,
    offerId: k.offer_id,
    offerTitle: k.offer_title,
    offeringCommunityName: k.offering_community_name,
    quantity: k.quantity,
    status: k.status as ClaimStatusEnum,
    dueOn: k.due_on,
    refusedReason: k.refused_reason,
    createdAt: new Date(k.created_at),
  };
}

function offerClaimDto(k: ClaimRow): OfferClaimDto {
  return {
    id: k.id,
    claimantName: k.claimant_name,
    claimantContact: k.claimant_contact,
    claimantCommunityName: k.claimant_community_name,
    quantity: k.quantity,
    status: k.status as ClaimStatusEnum,
    dueOn: k.due_on,
    createdAt: new Date(k.created_at),
    handedOverAt: k.handed_over_at && new Date(k.handed_over_at),
    returnedAt: k.returned_at && new Date(k.returned_at),
  };
}

/**
 * Offers to partners and claims on them. The offering community alone holds the count: a claim
 * locks the offer's row, checks what is left and the per-person limit, then takes the units with
 * a conditional update (and the database refuses a negative count in any case).
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly partnerships: PartnershipsService,
  ) {}

  // ——— Members of a partner community ———

  /** Open offers of our partners, newest first. */
  async partnerOffers(communityId: string, now = new Date()): Promise<SharedOfferDto[]> {
    const rows: OfferRow[] = await this.db.query(
      `${VISIBLE_OFFERS} AND o.withdrawn_at IS NULL AND o.expires_at > $2
       ORDER BY o.created_at DESC LIMIT 200`,
      [communityId, now],
    );
    return rows.map((r) => offerDto(r, now));
  }

  async partnerOffer(
    viewer: Viewer,
    communityId: string,
    offerId: string,
  ): Promise<PartnerOfferDetailDto> {
    const offer = await this.visible(this.db.manager, communityId, offerId);
    const claims: ClaimRow[] = await this.db.query(
      `${CLAIMS} WHERE k.offer_id = $1 AND k.claimant_account_id = $2 ORDER BY k.created_at DESC`,
      [offerId, viewer.accountId],
    );
    const held = claims
      .filter((k) => !['cancelled', 'refused'].includes(k.status))
      .reduce((n, k) => n + k.quantity, 0);
    return {
      offer: offerDto(offer),
      myClaims: claims.map(myClaimDto),
      canClaim: isClosed(offer)
        ? 0
        : Math.max(0, Math.min(offer.remaining, offer.per_member_limit - held)),
    };
  }

  /** My claims on partners' offers, from this community. */
  async myClaims(viewer: Viewer, communityId: string): Promise<MyClaimDto[]> {
    const rows: ClaimRow[] = await this.db.query(
      `${CLAIMS} WHERE k.claimant_account_id = $1 AND k.claimant_community_id = $2
       ORDER BY k.created_at DESC LIMIT 200`,
      [viewer.accountId, communityId],
    );
    return rows.map(myClaimDto);
  }

  /**
   * A member claims units of a partner's offer, agreeing to share their name and contact. An
   * offer of this server is granted here at once; an offer mirrored from another server is
   * checked against what we know, recorded as `pending` and sent to its server, which alone holds
   * the count and answers (see the federation module).
   */
  async claim(viewer: Viewer, communityId: string, raw: unknown): Promise<PartnerOfferDetailDto> {
    const input = parseInput(claimInput, raw);
    await this.tx.run(async (manager, emit) => {
      const visible = await this.visible(manager, communityId, input.offerId);
      const offer = await this.lockForClaim(
        manager,
        input.offerId,
        input.quantity,
        viewer.accountId,
      );
      const [claimant]: { display_name: string; email: string | null; community_name: string }[] =
        await manager.query(
          `SELECT a.display_name, a.email, c.name AS community_name
             FROM account a, community c WHERE a.id = $1 AND c.id = $2`,
          [viewer.accountId, communityId],
        );
      const who: Claimant = {
        accountId: viewer.accountId,
        communityId,
        actorUri: null,
        communityName: claimant.community_name,
        name: claimant.display_name,
        contact: claimant.email,
        activityId: null,
      };
      if (offer.remote_actor_uri) {
        const id = await this.insertClaim(
          manager,
          offer,
          visible.partnership_id,
          who,
          input.quantity,
          'pending',
        );
        emit({ type: 'sharing.claim.sent', payload: { claimId: id } });
      } else await this.grant(manager, emit, offer, visible.partnership_id, who, input.quantity);
    });
    return this.partnerOffer(viewer, communityId, input.offerId);
  }

  /**
   * A partner on another server asks units of one of our offers for one of its members (a Join
   * activity): granted with the same rules and the same atomic count as a claim made here, or
   * refused with the reason (in French). A repeated delivery gets the same answer.
   */
  async claimForRemote(
    remote: RemoteClaim,
  ): Promise<{ granted: true } | { granted: false; reason: string }> {
    const answered = async () => {
      const [known]: { status: string }[] = await this.db.query(
        `SELECT status FROM sharing_claim WHERE remote_activity_id = $1 AND claimant_actor_uri = $2`,
        [remote.activityId, remote.actorUri],
      );
      return known && known.status !== 'cancelled'
        ? ({ granted: true } as const)
        : known
          ? ({ granted: false, reason: CLOSED } as const)
          : null;
    };
    const before = await answered();
    if (before) return before;
    const [addressed]: AddressedRow[] = await this.db.query(
      `SELECT o.*, pp.id AS partnership_id FROM sharing_offer o ${ADDRESSED_PARTNERSHIPS}
        WHERE o.id = $1 AND side.partner_uri = $2 AND o.community_id IS NOT NULL AND o.hidden_at IS NULL`,
      [remote.offerId, remote.actorUri],
    );
    if (!addressed) return { granted: false, reason: OFFER_NOT_FOUND };
    try {
      await this.tx.run(async (manager, emit) => {
        // The partner checks each member's limit across claims; one request never exceeds it.
        const offer = await this.lockForClaim(manager, remote.offerId, remote.quantity, null);
        await this.grant(
          manager,
          emit,
          offer,
          addressed.partnership_id,
          {
            accountId: null,
            communityId: null,
            actorUri: remote.actorUri,
            communityName: remote.communityName,
            name: remote.name,
            contact: remote.contact,
            activityId: remote.activityId,
          },
          remote.quantity,
        );
      });
      return { granted: true };
    } catch (error) {
      if (error instanceof AppError) return { granted: false, reason: error.message };
      // Two deliveries of one Join at once: the first recorded it.
      if ((error as { code?: string }).code === '23505') {
        const after = await answered();
        if (after) return after;
      }
      throw error;
    }
  }

  /** A partner on another server says its member cancelled a claim (Undo of the Join). */
  async cancelForRemote(actorUri: string, activityId: string): Promise<void> {
    const [claim]: { id: string; offer_id: string }[] = await this.db.query(
      `SELECT id, offer_id FROM sharing_claim
        WHERE remote_activity_id = $1 AND claimant_actor_uri = $2 AND status = 'granted'`,
      [activityId, actorUri],
    );
    if (!claim) return;
    await this.tx
      .run((manager, emit) => this.returnUnits(manager, emit, claim.offer_id, claim.id, 'claimant'))
      .catch((error) => {
        if (!(error instanceof AppError)) throw error;
      });
  }

  /** The claimant changes their mind before the hand-over: the units return. */
  async cancelMine(viewer: Viewer, communityId: string, claimId: string): Promise<MyClaimDto> {
    await this.tx.run(async (manager, emit) => {
      const [claim]: { id: string; offer_id: string; offering_community_id: string | null }[] =
        await manager.query(
          `SELECT id, offer_id, offering_community_id FROM sharing_claim
            WHERE id = $1 AND claimant_account_id = $2 AND claimant_community_id = $3`,
          [claimId, viewer.accountId, communityId],
        );
      if (!claim) throw AppError.notFound('Nous n’avons pas trouvé cette demande.');
      if (claim.offering_community_id) {
        await this.returnUnits(manager, emit, claim.offer_id, claimId, 'claimant');
        return;
      }
      // An offer of another server: its server returns the units when told (Undo of the Join).
      const [cancelled] = await manager.query(
        `UPDATE sharing_claim SET status = 'cancelled', cancelled_at = now(), cancelled_by = 'claimant'
          WHERE id = $1 AND status IN ('pending', 'granted') RETURNING id`,
        [claimId],
      );
      if (!cancelled.length)
        throw new AppError('CONFLICT', 'Seule une demande pas encore remise peut être annulée.');
      emit({ type: 'sharing.claim.withdrawn', payload: { claimId } });
    });
    const [row]: ClaimRow[] = await this.db.query(`${CLAIMS} WHERE k.id = $1`, [claimId]);
    return myClaimDto(row);
  }

  // ——— The offering team ———

  async staffOffers(communityId: string): Promise<StaffOfferDto[]> {
    const rows: OfferRow[] = await this.db.query(
      `SELECT o.*, c.name AS offering_community_name FROM sharing_offer o
         JOIN community c ON c.id = o.community_id
        WHERE o.community_id = $1 ORDER BY o.created_at DESC LIMIT 200`,
      [communityId],
    );
    return this.withAudience(rows);
  }

  async staffOffer(communityId: string, offerId: string): Promise<StaffOfferDetailDto> {
    const [row]: OfferRow[] = await this.db.query(
      `SELECT o.*, c.name AS offering_community_name FROM sharing_offer o
         JOIN community c ON c.id = o.community_id WHERE o.community_id = $1 AND o.id = $2`,
      [communityId, offerId],
    );
    if (!row) throw AppError.notFound(OFFER_NOT_FOUND);
    const [offer] = await this.withAudience([row]);
    const claims: ClaimRow[] = await this.db.query(
      `${CLAIMS} WHERE k.offer_id = $1 ORDER BY k.created_at`,
      [offerId],
    );
    return { offer, claims: claims.map(offerClaimDto) };
  }

  async publish(viewer: Viewer, communityId: string, raw: unknown): Promise<StaffOfferDto> {
    const input = parseInput(offerInput, raw);
    const expires = expiryOf(input.expiresAt);
    const id = await this.tx.run(async (manager, emit) => {
      const active = await this.partnerships.activeIds(manager, communityId);
      if (!active.size)
        throw new AppError(
          'CONFLICT',
          'Votre communauté n’a pas encore de partenaire : demandez d’abord un partenariat.',
        );
      const chosen = input.partnershipIds ? [...new Set(input.partnershipIds)] : null;
      if (chosen?.some((p) => !active.has(p)))
        throw AppError.badInput(
          [fieldProblem('partnershipIds', 'invalid_format')],
          'Choisissez parmi vos partenaires actuels.',
        );
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO sharing_offer (community_id, title, description, conditions, kind, quantity, remaining,
                                    per_member_limit, all_partners, expires_at, created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10) RETURNING id`,
        [
          communityId,
          input.title,
          input.description,
          input.conditions,
          input.kind,
          input.quantity,
          input.perMemberLimit,
          chosen === null,
          expires,
          viewer.accountId,
        ],
      );
      if (chosen)
        await manager.query(
          `INSERT INTO sharing_offer_audience (offer_id, partnership_id) SELECT $1, unnest($2::uuid[])`,
          [id, chosen],
        );
      emit({
        type: 'sharing.offer.published',
        payload: { offerId: id, offeringCommunityId: communityId },
      });
      return id;
    });
    return (await this.staffOffer(communityId, id)).offer;
  }

  /** The team withdraws an offer: no more claims; claims already granted stay to hand over. */
  async withdraw(communityId: string, offerId: string): Promise<StaffOfferDto> {
    const [rows] = await this.db.query(
      `UPDATE sharing_offer SET withdrawn_at = now(), updated_at = clock_timestamp()
        WHERE id = $1 AND community_id = $2 AND withdrawn_at IS NULL RETURNING id`,
      [offerId, communityId],
    );
    if (!rows.length) throw AppError.notFound('Cette offre est déjà retirée.');
    await this.tx.publish({ type: 'sharing.offer.changed', payload: { offerId } });
    return (await this.staffOffer(communityId, offerId)).offer;
  }

  /**
   * The team changes an open offer: its texts, its end, its quantity (never below what is already
   * claimed: the units left follow) and the limit per person. Partners see the change.
   */
  async update(communityId: string, offerId: string, raw: unknown): Promise<StaffOfferDto> {
    const input = parseInput(offerUpdateInput, raw);
    const expires = expiryOf(input.expiresAt);
    await this.tx.run(async (manager, emit) => {
      const [offer]: OfferRow[] = await manager.query(
        `SELECT * FROM sharing_offer WHERE id = $1 AND community_id = $2 FOR UPDATE`,
        [offerId, communityId],
      );
      if (!offer) throw AppError.notFound(OFFER_NOT_FOUND);
      if (isClosed(offer)) throw new AppError('CONFLICT', CLOSED);
      const claimed = offer.quantity - offer.remaining;
      if (input.quantity < claimed)
        throw AppError.badInput(
          [fieldProblem('quantity', 'out_of_range')],
          `${claimed} ont déjà été demandés : indiquez une quantité de ${claimed} au moins.`,
        );
      const [[row]] = await manager.query(
        `UPDATE sharing_offer SET title = $2, description = $3, conditions = $4, quantity = $5,
                remaining = $5 - (quantity - remaining), per_member_limit = $6, expires_at = $7,
                updated_at = clock_timestamp()
          WHERE id = $1 RETURNING remaining`,
        [
          offerId,
          input.title,
          input.description,
          input.conditions,
          input.quantity,
          input.perMemberLimit,
          expires,
        ],
      );
      emit({ type: 'sharing.offer.changed', payload: { offerId } });
      emit({
        type: 'sharing.offer.remaining',
        payload: { offerId, offeringCommunityId: communityId, remaining: row.remaining },
      });
    });
    return (await this.staffOffer(communityId, offerId)).offer;
  }

  /** The team hands the units over (a lending: until the due date). */
  async handOver(
    communityId: string,
    claimId: string,
    dueOn: string | null,
  ): Promise<OfferClaimDto> {
    const [claim] = await this.teamClaim(communityId, claimId);
    if (claim.status !== 'granted')
      throw new AppError('CONFLICT', 'Cette demande n’est plus en attente de remise.');
    if (claim.offer_kind === 'lending' && !dueOn)
      throw AppError.badInput(
        [fieldProblem('dueOn', 'required')],
        'Indiquez la date à laquelle l’objet doit être rendu.',
      );
    if (dueOn && !DATE_RULE.safeParse(dueOn).success)
      throw AppError.badInput([fieldProblem('dueOn', 'invalid_format')]);
    await this.tx.run(async (manager, emit) => {
      const [rows] = await manager.query(
        `UPDATE sharing_claim SET status = 'handed_over', handed_over_at = now(), due_on = $2
          WHERE id = $1 AND status = 'granted' RETURNING id`,
        [claimId, claim.offer_kind === 'lending' ? dueOn : null],
      );
      if (!rows.length)
        throw new AppError('CONFLICT', 'Cette demande n’est plus en attente de remise.');
      emit({ type: 'sharing.claim.decided', payload: { claimId, decision: 'handed_over' } });
    });
    return (await this.teamClaim(communityId, claimId)).map(offerClaimDto)[0];
  }

  /** The team cancels a claim not yet handed over: its units return to the offer. */
  async cancelClaim(communityId: string, claimId: string): Promise<OfferClaimDto> {
    const [claim] = await this.teamClaim(communityId, claimId);
    await this.tx.run(async (manager, emit) => {
      await this.returnUnits(manager, emit, claim.offer_id, claimId, 'offering');
      emit({ type: 'sharing.claim.decided', payload: { claimId, decision: 'cancelled' } });
    });
    return (await this.teamClaim(communityId, claimId)).map(offerClaimDto)[0];
  }

  /** A lent object came back. */
  async markReturned(communityId: string, claimId: string): Promise<OfferClaimDto> {
    await this.teamClaim(communityId, claimId);
    const [rows] = await this.db.query(
      `UPDATE sharing_claim SET status = 'returned', returned_at = now()
        WHERE id = $1 AND status = 'handed_over' AND due_on IS NOT NULL RETURNING id`,
      [claimId],
    );
    if (!rows.length)
      throw new AppError('CONFLICT', 'Seul un objet prêté et remis peut être marqué comme rendu.');
    return (await this.teamClaim(communityId, claimId)).map(offerClaimDto)[0];
  }

  /** The local communities whose members see an offer (for live counts and notifications). */
  async audienceCommunities(offerId: string): Promise<string[]> {
    const rows: { community_id: string | null }[] = await this.db.query(AUDIENCE_COMMUNITIES, [
      offerId,
    ]);
    return rows.map((r) => r.community_id).filter((id): id is string => !!id);
  }

  async claimRow(claimId: string): Promise<ClaimRow | undefined> {
    const [row]: ClaimRow[] = await this.db.query(`${CLAIMS} WHERE k.id = $1`, [claimId]);
    return row;
  }

  // ——— Helpers ———

  /** The offer as members of community $1 may see it, or NOT_FOUND. */
  private async visible(
    manager: EntityManager,
    communityId: string,
    offerId: string,
  ): Promise<AddressedRow> {
    const [row]: AddressedRow[] = await manager.query(`${VISIBLE_OFFERS} AND o.id = $2`, [
      communityId,
      offerId,
    ]);
    if (!row) throw AppError.notFound(OFFER_NOT_FOUND);
    return row;
  }

  /**
   * Locks the offer's row (it serialises the claims of one offer: the count and the per-person
   * limit hold) and checks that `quantity` units may be claimed, by the account if any.
   */
  private async lockForClaim(
    manager: EntityManager,
    offerId: string,
    quantity: number,
    accountId: string | null,
  ): Promise<OfferRow> {
    const [offer]: OfferRow[] = await manager.query(
      `SELECT * FROM sharing_offer WHERE id = $1 FOR UPDATE`,
      [offerId],
    );
    if (!offer) throw AppError.notFound(OFFER_NOT_FOUND);
    if (isClosed(offer)) throw new AppError('CONFLICT', CLOSED);
    if (offer.remaining === 0) throw new AppError('CONFLICT', NONE_LEFT);
    if (offer.remaining < quantity) throw new AppError('CONFLICT', FEWER_LEFT(offer.remaining));
    const [{ held }]: { held: number }[] = accountId
      ? await manager.query(
          `SELECT coalesce(sum(quantity), 0)::int AS held FROM sharing_claim
            WHERE offer_id = $1 AND claimant_account_id = $2 AND ${HOLDING}`,
          [offer.id, accountId],
        )
      : [{ held: 0 }];
    if (held + quantity > offer.per_member_limit)
      throw new AppError(
        'CONFLICT',
        OVER_LIMIT(offer.per_member_limit, offer.per_member_limit - held),
      );
    return offer;
  }

  /** Takes the units of one of our offers (never below zero) and records the granted claim. */
  private async grant(
    manager: EntityManager,
    emit: Emit,
    offer: OfferRow,
    partnershipId: string,
    claimant: Claimant,
    quantity: number,
  ): Promise<void> {
    // clock_timestamp(): under the row lock, a later change always has a later time (partners
    // on other servers keep the newest state they receive).
    const [taken] = await manager.query(
      `UPDATE sharing_offer SET remaining = remaining - $2, updated_at = clock_timestamp()
        WHERE id = $1 AND remaining >= $2 RETURNING remaining`,
      [offer.id, quantity],
    );
    if (!taken.length) throw new AppError('CONFLICT', NONE_LEFT);
    await this.insertClaim(manager, offer, partnershipId, claimant, quantity, 'granted');
    emit({
      type: 'sharing.offer.remaining',
      payload: {
        offerId: offer.id,
        offeringCommunityId: offer.community_id,
        remaining: taken[0].remaining,
      },
    });
  }

  private async insertClaim(
    manager: EntityManager,
    offer: OfferRow,
    partnershipId: string,
    claimant: Claimant,
    quantity: number,
    status: 'granted' | 'pending',
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO sharing_claim (offer_id, offering_community_id, partnership_id, claimant_account_id,
                                  claimant_community_id, claimant_actor_uri, claimant_community_name,
                                  claimant_name, claimant_contact, consented_at, quantity, status, remote_activity_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10, $11, $12) RETURNING id`,
      [
        offer.id,
        offer.community_id,
        partnershipId,
        claimant.accountId,
        claimant.communityId,
        claimant.actorUri,
        claimant.communityName.slice(0, 200),
        claimant.name?.slice(0, 200) ?? null,
        claimant.contact?.slice(0, 300) ?? null,
        quantity,
        status,
        claimant.activityId,
      ],
    );
    return id;
  }

  private async teamClaim(communityId: string, claimId: string): Promise<ClaimRow[]> {
    const rows: ClaimRow[] = await this.db.query(
      `${CLAIMS} WHERE k.id = $1 AND k.offering_community_id = $2`,
      [claimId, communityId],
    );
    if (!rows.length) throw AppError.notFound('Nous n’avons pas trouvé cette demande.');
    return rows;
  }

  private async returnUnits(
    manager: EntityManager,
    emit: Emit,
    offerId: string,
    claimId: string,
    by: 'claimant' | 'offering',
  ): Promise<void> {
    await manager.query(`SELECT id FROM sharing_offer WHERE id = $1 FOR UPDATE`, [offerId]);
    const [cancelled] = await manager.query(
      `UPDATE sharing_claim SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2
        WHERE id = $1 AND status = 'granted' RETURNING quantity`,
      [claimId, by],
    );
    if (!cancelled.length)
      throw new AppError('CONFLICT', 'Seule une demande pas encore remise peut être annulée.');
    const [[offer]] = await manager.query(
      `UPDATE sharing_offer SET remaining = remaining + $2, updated_at = clock_timestamp() WHERE id = $1
       RETURNING remaining, community_id`,
      [offerId, cancelled[0].quantity],
    );
    emit({
      type: 'sharing.offer.remaining',
      payload: { offerId, offeringCommunityId: offer.community_id, remaining: offer.remaining },
    });
  }

  private async withAudience(rows: OfferRow[]): Promise<StaffOfferDto[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id);
    const audience: {
      offer_id: string;
      id: string;
      name: string;
      slug: string;
      kind: string;
      city: string;
    }[] = await this.db.query(
      `SELECT o.id AS offer_id, c.id, c.name, c.slug, c.kind, c.city
         FROM sharing_offer o ${ADDRESSED_PARTNERSHIPS}
         JOIN community c ON c.id = side.partner_id
        WHERE o.id = ANY($1::uuid[])
        ORDER BY c.name`,
      [ids],
    );
    const pending: { offer_id: string; n: number }[] = await this.db.query(
      `SELECT offer_id, sum(quantity)::int AS n FROM sharing_claim
        WHERE offer_id = ANY($1::uuid[]) AND status = 'granted' GROUP BY offer_id`,
      [ids],
    );
    return rows.map((r) => ({
      ...offerDto(r),
      audience: audience
        .filter((a) => a.offer_id === r.id)
        .map((a): PartnerCommunityDto => ({
          id: a.id,
          name: a.name,
          slug: a.slug,
          kind: a.kind,
          city: a.city,
        })),
      toHandOver: pending.find((p) => p.offer_id === r.id)?.n ?? 0,
    }));
  }
}
