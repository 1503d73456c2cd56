import { z } from 'zod';
import { line, paragraph } from './validation/text-rules';

/** What a community shares with its partners. */
export const OFFER_KINDS = ['tickets', 'activity_places', 'lending', 'service'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const PARTNERSHIP_STATUSES = ['requested', 'active', 'declined', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/**
 * `pending` and `refused`: a claim of a partner's offer on another server waits for that server's
 * answer (it alone holds the count).
 */
export const CLAIM_STATUSES = [
  'pending',
  'granted',
  'refused',
  'handed_over',
  'returned',
  'cancelled',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const SHARING_LIMITS = {
  titleMax: 120,
  descriptionMax: 2000,
  conditionsMax: 1000,
  messageMax: 500,
  quantityMax: 10_000,
  /** An offer lasts at most a year. */
  expiryMaxDays: 366,
} as const;

const int = (min: number, max: number) =>
  z
    .number({ error: 'required' })
    .int({ error: 'invalid_format' })
    .min(min, { error: 'out_of_range' })
    .max(max, { error: 'out_of_range' });

const optional = (max: number) =>
  paragraph(max)
    .or(z.literal(''))
    .nullish()
    .transform((v) => v ?? '');

export const partnershipRequestInput = z.object({
  partnerCommunityId: z.uuid({ error: 'invalid_format' }),
  message: optional(SHARING_LIMITS.messageMax),
});

/** What the team may change of a published offer (not its kind nor its audience). */
const offerFields = {
  title: line(SHARING_LIMITS.titleMax),
  description: optional(SHARING_LIMITS.descriptionMax),
  conditions: optional(SHARING_LIMITS.conditionsMax),
  quantity: int(1, SHARING_LIMITS.quantityMax),
  perMemberLimit: int(1, SHARING_LIMITS.quantityMax),
  expiresAt: z.iso.datetime({ offset: true, error: 'invalid_format' }),
};

const limitWithinQuantity = (o: { perMemberLimit: number; quantity: number }) =>
  o.perMemberLimit <= o.quantity;
const LIMIT_PROBLEM = { error: 'out_of_range', path: ['perMemberLimit'] };

export const offerInput = z
  .object({
    ...offerFields,
    kind: z.enum(OFFER_KINDS, { error: 'required' }),
    /** Null or absent: every partner (now and later); otherwise the chosen partnerships. */
    partnershipIds: z
      .array(z.uuid({ error: 'invalid_format' }))
      .max(200, { error: 'too_long' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine(limitWithinQuantity, LIMIT_PROBLEM)
  .refine((o) => o.partnershipIds === null || o.partnershipIds.length > 0, {
    error: 'required',
    path: ['partnershipIds'],
  });
export type OfferInput = z.output<typeof offerInput>;

export const offerUpdateInput = z.object(offerFields).refine(limitWithinQuantity, LIMIT_PROBLEM);
export type OfferUpdateInput = z.output<typeof offerUpdateInput>;

export const claimInput = z.object({
  offerId: z.uuid({ error: 'invalid_format' }),
  quantity: int(1, SHARING_LIMITS.quantityMax),
  /** The claimant agrees that their name and contact go to the offering community. */
  shareConsent: z.literal(true, { error: 'not_accepted' }),
});
export type ClaimInput = z.output<typeof claimInput>;
