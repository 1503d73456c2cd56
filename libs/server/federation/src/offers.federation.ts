import { Logger } from '@nestjs/common';
import {
  Accept,
  type Activity,
  Create,
  Delete,
  type Context,
  Join,
  Page,
  PropertyValue,
  Reject,
  Undo,
  Update,
} from '@fedify/fedify';
import {
  ADDRESSED_PARTNERSHIPS,
  isClosed,
  type MirroredOffer,
  type OfferRow,
  type OffersService,
  type RemoteOffersService,
} from '@palier/server-sharing';
import { OFFER_KINDS, SHARING_LIMITS } from '@palier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { htmlToText, toHtml } from './html-text';
import { instant } from './instant';

/**
 * Palier's extension to ActivityStreams for offers and claims: `PropertyValue` attachments (the
 * type Mastodon uses for profile fields, which Fedify's vocabulary keeps), named `palier:…`.
 */
export const EXTENSION = {
  kind: 'palier:kind',
  quantity: 'palier:quantity',
  remaining: 'palier:remaining',
  perMemberLimit: 'palier:perMemberLimit',
  name: 'palier:name',
  contact: 'palier:contact',
} as const;

/** Where a remote activity answers to: a community's actor and its inbox. */
interface Inbox {
  uri: string;
  inbox: string;
}

/** What the offers side needs of the federation service. */
export interface FederationPort {
  db: DataSource;
  publicUrl: string;
  offers: OffersService;
  remoteOffers: RemoteOffersService;
  context(): Context<void>;
  actorUri(slug: string): string;
  send(slug: string, remote: Inbox, activity: Activity): Promise<void>;
  blocked(uri: string | URL | null | undefined): boolean;
}

/** An offer of ours and one remote partner it is addressed to (an active partnership). */
interface AddressedOffer extends OfferRow {
  slug: string;
  partner_uri: string;
  partner_inbox: string;
}

const property = (name: string, value: string | number) =>
  new PropertyValue({ name, value: String(value) });

const JOIN_FRAGMENT = '#join/';

/** A Join of ours or of a partner (a claim): its id has this fragment. */
export const isJoinId = (id: string | undefined): id is string =>
  !!id && id.includes(JOIN_FRAGMENT);

async function properties(object: Page | Join): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for await (const item of object.getAttachments({ suppressError: true }))
    if (item instanceof PropertyValue && item.name != null && item.value != null)
      found.set(String(item.name), String(item.value));
  return found;
}

const int = (value: string | undefined, min: number, max: number): number | null => {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** The offer a partner sent, checked against the limits of our tables, or null. */
export async function readOffer(page: Page, actorUri: string): Promise<MirroredOffer | null> {
  const props = await properties(page);
  const quantity = int(props.get(EXTENSION.quantity), 1, SHARING_LIMITS.quantityMax);
  const kind = props.get(EXTENSION.kind);
  if (!page.id || quantity === null || !kind || !OFFER_KINDS.includes(kind as never)) return null;
  const remaining = int(props.get(EXTENSION.remaining), 0, quantity);
  const perMemberLimit = int(props.get(EXTENSION.perMemberLimit), 1, quantity);
  const title = htmlToText(String(page.name ?? '')).slice(0, SHARING_LIMITS.titleMax);
  if (remaining === null || perMemberLimit === null || !title || !page.endTime) return null;
  const published = page.published ? new Date(page.published.epochMilliseconds) : new Date();
  return {
    objectUri: page.id.href,
    actorUri,
    title,
    description: htmlToText(String(page.content ?? '')).slice(0, SHARING_LIMITS.descriptionMax),
    conditions: htmlToText(String(page.summary ?? '')).slice(0, SHARING_LIMITS.conditionsMax),
    kind,
    quantity,
    remaining,
    perMemberLimit,
    expiresAt: new Date(page.endTime.epochMilliseconds),
    publishedAt: published,
    updatedAt: page.updated ? new Date(page.updated.epochMilliseconds) : published,
  };
}

/**
 * Offers across servers, both ways. The offering server publishes its offers to its remote
 * partners as `Page` objects addressed to the partner's actor only (Create, Update with the
 * units left, Delete when withdrawn or hidden) and alone holds the count: a partner's member's
 * claim comes as a `Join` of the offer, granted or refused with the same rules and the same
 * atomic count as a claim made on the offering server (Accept or Reject, with the reason), and
 * cancelled by an `Undo` of the Join. The receiving server mirrors the offers (see
 * RemoteOffersService) and keeps its members' claims pending until the answer.
 */
export class OfferFederation {
  private readonly logger = new Logger(OfferFederation.name);

  constructor(private readonly port: FederationPort) {}

  // ——— The offering server ———

  offerUri(slug: string, offerId: string): string {
    return `${this.port.actorUri(slug)}/offers/${offerId}`;
  }

  /** Our offer and each active remote partnership it is addressed to (all, or one). */
  private addressed(offerId: string, partnershipId?: string): Promise<AddressedOffer[]> {
    return this.port.db.query(
      `SELECT o.*, c.slug, side.partner_uri, fa.inbox AS partner_inbox
         FROM sharing_offer o JOIN community c ON c.id = o.community_id ${ADDRESSED_PARTNERSHIPS}
         JOIN federation_actor fa ON fa.uri = side.partner_uri
        WHERE o.id = $1 AND side.partner_id IS NULL AND ($2::uuid IS NULL OR pp.id = $2)`,
      [offerId, partnershipId ?? null],
    );
  }

  private page(o: AddressedOffer): Page {
    const actor = new URL(this.port.actorUri(o.slug));
    return new Page({
      id: new URL(this.offerUri(o.slug, o.id)),
      attribution: actor,
      // Never public: addressed to the partner community only.
      to: new URL(o.partner_uri),
      name: o.title,
      content: o.description ? toHtml(o.description) : null,
      summary: o.conditions ? toHtml(o.conditions) : null,
      endTime: instant(o.expires_at),
      published: instant(o.created_at),
      updated: instant(o.updated_at),
      url: new URL(`/c/${o.slug}`, this.port.publicUrl),
      attachments: [
        property(EXTENSION.kind, o.kind),
        property(EXTENSION.quantity, o.quantity),
        property(EXTENSION.remaining, o.remaining),
        property(EXTENSION.perMemberLimit, o.per_member_limit),
      ],
    });
  }

  /**
   * Tells the remote partners an offer's state (after the commit): Create when published (or
   * when a partnership starts), Update when changed, Delete once withdrawn or hidden.
   */
  async publish(offerId: string, first: boolean, partnershipId?: string): Promise<void> {
    for (const o of await this.addressed(offerId, partnershipId)) {
      const actor = new URL(this.port.actorUri(o.slug));
      const to = new URL(o.partner_uri);
      const uri = this.offerUri(o.slug, o.id);
      const id = (verb: string) => new URL(`${uri}#${verb}/${crypto.randomUUID()}`);
      const gone = !!o.withdrawn_at || !!o.hidden_at;
      if (gone && first) continue;
      const activity = gone
        ? new Delete({ id: id('delete'), actor, to, object: new URL(uri) })
        : first
          ? new Create({ id: id('create'), actor, to, object: this.page(o) })
          : new Update({ id: id('update'), actor, to, object: this.page(o) });
      await this.port.send(o.slug, { uri: o.partner_uri, inbox: o.partner_inbox }, activity);
    }
  }

  /** A partnership became active: our open offers for all partners go to the new partner. */
  async partnershipStarted(partnershipId: string): Promise<void> {
    const offers: OfferRow[] = await this.port.db.query(
      `SELECT o.* FROM sharing_offer o JOIN sharing_partnership p ON p.id = $1
        WHERE o.all_partners AND o.community_id IN (p.requester_community_id, p.recipient_community_id)
          AND o.withdrawn_at IS NULL AND o.hidden_at IS NULL AND o.expires_at > now()`,
      [partnershipId],
    );
    for (const offer of offers)
      if (!isClosed(offer)) await this.publish(offer.id, true, partnershipId);
  }

  /** A partner's member claims units of one of our offers (a Join): granted or refused. */
  async receiveJoin(join: Join): Promise<void> {
    const actorUri = join.actorId?.href;
    const target = new RegExp(
      `^${this.port.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/ap/communities/([a-z0-9-]+)/offers/([0-9a-f-]{36})$`,
    ).exec(join.objectId?.href ?? '');
    if (!join.id || !actorUri || !target || this.port.blocked(actorUri)) return;
    const [slug, offerId] = [target[1], target[2]];
    const [partner]: { name: string; inbox: string }[] = await this.port.db.query(
      `SELECT name, inbox FROM federation_actor WHERE uri = $1`,
      [actorUri],
    );
    if (!partner) return;
    const props = await properties(join);
    const quantity = int(props.get(EXTENSION.quantity), 1, SHARING_LIMITS.quantityMax);
    const answer =
      quantity === null
        ? { granted: false as const, reason: 'Indiquez une quantité.' }
        : await this.port.offers.claimForRemote({
            offerId,
            actorUri,
            activityId: join.id.href,
            communityName: partner.name,
            name: props.get(EXTENSION.name) ?? null,
            contact: props.get(EXTENSION.contact) ?? null,
            quantity,
          });
    const actor = new URL(this.port.actorUri(slug));
    const id = new URL(`#${answer.granted ? 'accept' : 'reject'}/${crypto.randomUUID()}`, actor);
    // The Join by its id only: the member's name and contact never travel back.
    const activity = answer.granted
      ? new Accept({ id, actor, to: new URL(actorUri), object: join.id })
      : new Reject({ id, actor, to: new URL(actorUri), object: join.id, summary: answer.reason });
    await this.port.send(slug, { uri: actorUri, inbox: partner.inbox }, activity);
  }

  /** Our team cancelled a partner's member's claim: the partner is told (Reject after Accept). */
  async claimCancelled(claimId: string): Promise<void> {
    const [claim]: {
      remote_activity_id: string;
      claimant_actor_uri: string;
      slug: string;
      name: string;
      inbox: string;
    }[] = await this.port.db.query(
      `SELECT k.remote_activity_id, k.claimant_actor_uri, c.slug, c.name, fa.inbox
         FROM sharing_claim k JOIN community c ON c.id = k.offering_community_id
         JOIN federation_actor fa ON fa.uri = k.claimant_actor_uri
        WHERE k.id = $1 AND k.remote_activity_id IS NOT NULL AND k.status = 'cancelled'`,
      [claimId],
    );
    if (!claim) return;
    const actor = new URL(this.port.actorUri(claim.slug));
    await this.port.send(
      claim.slug,
      { uri: claim.claimant_actor_uri, inbox: claim.inbox },
      new Reject({
        id: new URL(`#reject/${crypto.randomUUID()}`, actor),
        actor,
        to: new URL(claim.claimant_actor_uri),
        object: new URL(claim.remote_activity_id),
        summary: `L’équipe de ${claim.name} a annulé cette demande.`,
      }),
    );
  }

  /** A partner's member cancelled their claim (Undo of the Join): the units return. */
  async receiveUndoJoin(actorUri: string, joinId: string): Promise<void> {
    if (this.port.blocked(actorUri)) return;
    await this.port.offers.cancelForRemote(actorUri, joinId);
  }

  // ——— The receiving server ———

  /**
   * A Create or Update of an offer: kept only from the actor the offer is attributed to, on its
   * own host, for each of our communities it is addressed to that is its active partner.
   */
  async receiveOffer(ctx: Context<void>, activity: Create | Update): Promise<void> {
    const actorUri = activity.actorId?.href;
    if (!actorUri || this.port.blocked(actorUri)) return;
    const object = await activity.getObject({ crossOrigin: 'trust' }).catch(() => null);
    if (!(object instanceof Page) || !object.id) return;
    if (object.attributionId?.href !== actorUri) return;
    if (object.id.origin !== new URL(actorUri).origin) return;
    const offer = await readOffer(object, actorUri);
    if (!offer) {
      this.logger.warn(`Ignored an offer outside Palier's limits: ${object.id.href}`);
      return;
    }
    for (const partnershipId of await this.partnerships(ctx, [...object.toIds], actorUri))
      await this.port.remoteOffers.receive(partnershipId, offer);
  }

  /** The active partnerships between the addressed communities of ours and the actor. */
  private async partnerships(ctx: Context<void>, to: URL[], actorUri: string): Promise<string[]> {
    const slugs = to
      .map((uri) => ctx.parseUri(uri))
      .flatMap((parsed) => (parsed?.type === 'actor' ? [parsed.identifier] : []));
    if (!slugs.length) return [];
    const rows: { id: string }[] = await this.port.db.query(
      `SELECT p.id FROM sharing_partnership p JOIN community c ON c.slug = ANY($1::text[])
        WHERE p.status = 'active'
          AND ((p.requester_community_id = c.id AND p.recipient_actor_uri = $2)
            OR (p.recipient_community_id = c.id AND p.requester_actor_uri = $2))`,
      [slugs, actorUri],
    );
    return rows.map((r) => r.id);
  }

  /** The offering community withdrew (or hid) its offer. */
  async receiveDelete(activity: Delete): Promise<void> {
    const actorUri = activity.actorId?.href;
    const objectUri = activity.objectId?.href;
    if (!actorUri || !objectUri || this.port.blocked(actorUri)) return;
    await this.port.remoteOffers.remove(actorUri, objectUri);
  }

  /** The claim, its community's actor and the offer's server, for a Join or its Undo. */
  private async outgoing(claimId: string) {
    const [claim]: {
      id: string;
      quantity: number;
      claimant_name: string | null;
      claimant_contact: string | null;
      slug: string;
      remote_object_uri: string;
      remote_actor_uri: string;
      remote_activity_id: string | null;
      inbox: string;
    }[] = await this.port.db.query(
      `SELECT k.id, k.quantity, k.claimant_name, k.claimant_contact, k.remote_activity_id, c.slug,
              o.remote_object_uri, o.remote_actor_uri, fa.inbox
         FROM sharing_claim k JOIN sharing_offer o ON o.id = k.offer_id
         JOIN community c ON c.id = k.claimant_community_id
         JOIN federation_actor fa ON fa.uri = o.remote_actor_uri
        WHERE k.id = $1`,
      [claimId],
    );
    return claim;
  }

  /**
   * Our member's claim of a partner's offer goes to its server: a Join of the offer with the
   * units and only the name and contact the member agreed to send.
   */
  async sendJoin(claimId: string): Promise<void> {
    const claim = await this.outgoing(claimId);
    if (!claim) return;
    const actor = new URL(this.port.actorUri(claim.slug));
    const id = new URL(`${JOIN_FRAGMENT}${claim.id}`, actor);
    await this.port.remoteOffers.sent(claim.id, id.href);
    await this.port.send(
      claim.slug,
      { uri: claim.remote_actor_uri, inbox: claim.inbox },
      new Join({
        id,
        actor,
        to: new URL(claim.remote_actor_uri),
        object: new URL(claim.remote_object_uri),
        attachments: [
          property(EXTENSION.quantity, claim.quantity),
          ...(claim.claimant_name ? [property(EXTENSION.name, claim.claimant_name)] : []),
          ...(claim.claimant_contact ? [property(EXTENSION.contact, claim.claimant_contact)] : []),
        ],
      }),
    );
  }

  /** Our member cancelled their claim: Undo of its Join. */
  async sendUndoJoin(claimId: string): Promise<void> {
    const claim = await this.outgoing(claimId);
    if (!claim?.remote_activity_id) return;
    const actor = new URL(this.port.actorUri(claim.slug));
    await this.port.send(
      claim.slug,
      { uri: claim.remote_actor_uri, inbox: claim.inbox },
      new Undo({
        id: new URL(`#undo/${crypto.randomUUID()}`, actor),
        actor,
        to: new URL(claim.remote_actor_uri),
        object: new URL(claim.remote_activity_id),
      }),
    );
  }

  /**
   * Erasure of an account: its claims' Joins not yet delivered (they carry the name and contact)
   * leave the queue. Runs before or after the sharing module anonymised the claims.
   */
  async eraseQueuedJoins(accountId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM federation_queue q USING sharing_claim k
        WHERE k.remote_activity_id IS NOT NULL AND k.offering_community_id IS NULL
          AND (k.claimant_account_id = $1 OR (k.claimant_account_id IS NULL AND k.status = 'pending'))
          AND strpos(q.message::text, k.remote_activity_id) > 0`,
      [accountId],
    );
  }

  /** The offering server answered a claim of ours (Accept or Reject of its Join). */
  async receiveAnswer(
    actorUri: string,
    joinId: string,
    granted: boolean,
    reason: string,
  ): Promise<void> {
    if (this.port.blocked(actorUri)) return;
    const outcome = await this.port.remoteOffers.answer(actorUri, joinId, granted, reason);
    // Our member cancelled before the grant arrived: the units go back.
    if (outcome === 'cancelled') {
      const [claim]: { id: string }[] = await this.port.db.query(
        `SELECT id FROM sharing_claim WHERE remote_activity_id = $1`,
        [joinId],
      );
      if (claim) await this.sendUndoJoin(claim.id);
    }
  }
}
