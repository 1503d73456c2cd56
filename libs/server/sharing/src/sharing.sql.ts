/**
 * SQL shared by the sharing services. A partnership joins two sides; `$1` below is always the
 * viewer's community, and the partner side is the other one.
 */

/**
 * `pp` is the active partnership between community $1 and the offer's community `o`: a community
 * of this server, or — for an offer mirrored from another server — its actor.
 */
export const ACTIVE_PARTNERSHIP_WITH_OFFERER = `
  pp.status = 'active' AND (
       (pp.requester_community_id = $1 AND (pp.recipient_community_id = o.community_id OR pp.recipient_actor_uri = o.remote_actor_uri))
    OR (pp.recipient_community_id = $1 AND (pp.requester_community_id = o.community_id OR pp.requester_actor_uri = o.remote_actor_uri)))`;

/** The offering community's name: a community here, or a remote one as its actor told us. */
export const OFFERING_COMMUNITY = `
    LEFT JOIN community c ON c.id = o.community_id
    LEFT JOIN federation_actor fa ON fa.uri = o.remote_actor_uri`;

/**
 * Offers members of community $1 may see: from an active partner (here or on another server),
 * addressed to all partners or to this partnership, not hidden by the offering team nor by
 * community $1. A mirrored offer disappears when its partnership ends.
 */
export const VISIBLE_OFFERS = `
  SELECT o.*, coalesce(c.name, fa.name, o.remote_actor_uri) AS offering_community_name, pp.id AS partnership_id
    FROM sharing_offer o ${OFFERING_COMMUNITY}
    JOIN sharing_partnership pp ON ${ACTIVE_PARTNERSHIP_WITH_OFFERER}
   WHERE (o.all_partners OR EXISTS (
            SELECT 1 FROM sharing_offer_audience a WHERE a.offer_id = o.id AND a.partnership_id = pp.id))
     AND o.hidden_at IS NULL
     AND NOT EXISTS (SELECT 1 FROM sharing_offer_hide h WHERE h.offer_id = o.id AND h.community_id = $1)`;

/**
 * `pp` is each active partnership of the offer `o`'s community (local, or remote for a mirrored
 * offer) that the offer is addressed to; `partner_id` is the community of this server on the other
 * side, or null for a remote partner, then named by `partner_uri`.
 */
export const ADDRESSED_PARTNERSHIPS = `
    JOIN sharing_partnership pp ON pp.status = 'active'
     AND (pp.requester_community_id = o.community_id OR pp.recipient_community_id = o.community_id
       OR pp.requester_actor_uri = o.remote_actor_uri OR pp.recipient_actor_uri = o.remote_actor_uri)
     AND (o.all_partners OR EXISTS (
            SELECT 1 FROM sharing_offer_audience a WHERE a.offer_id = o.id AND a.partnership_id = pp.id))
    CROSS JOIN LATERAL (
      SELECT CASE WHEN pp.requester_community_id = o.community_id OR pp.requester_actor_uri = o.remote_actor_uri
                  THEN pp.recipient_community_id ELSE pp.requester_community_id END AS partner_id,
             CASE WHEN pp.requester_community_id = o.community_id
                  THEN pp.recipient_actor_uri ELSE pp.requester_actor_uri END AS partner_uri) side`;

/** The communities (of this server) whose members see offer $1: its addressed active partners. */
export const AUDIENCE_COMMUNITIES = `
  SELECT side.partner_id AS community_id FROM sharing_offer o ${ADDRESSED_PARTNERSHIPS} WHERE o.id = $1`;

export interface OfferRow {
  id: string;
  /** Null for an offer of a partner on another server (mirrored here). */
  community_id: string | null;
  remote_actor_uri: string | null;
  remote_object_uri: string | null;
  offering_community_name: string;
  title: string;
  description: string;
  conditions: string;
  kind: string;
  quantity: number;
  remaining: number;
  per_member_limit: number;
  all_partners: boolean;
  expires_at: Date;
  photo_key: string | null;
  withdrawn_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_by_account_id: string | null;
  created_at: Date;
  updated_at: Date;
  partnership_id?: string;
}
