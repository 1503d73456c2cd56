import { z } from 'zod';
import { line, paragraph } from './validation/text-rules';

/** What a community shares with its partners. */
export const OFFER_KINDS = ['tickets', 'activity_places', 'lending', 'service'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const PARTNERSHIP_STATUSES = ['requested', 'active', 'declined', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const CLAIM_STATUSES = ['granted', 'handed_over', 'returned', 'cancelled'] as const;
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

export const offerInput = z
  .object({
    title: line(SHARING_LIMITS.titleMax),
    description: optional(SHARING_LIMITS.descriptionMax),
    conditions: optional(SHARING_LIMITS.conditionsMax),
    kind: z.enum(OFFER_KINDS, { error: 'required' }),
    quantity: int(1, SHARING_LIMITS.quantityMax),
    perMemberLimit: int(1, SHARING_LIMITS.quantityMax),
    expiresAt: z.iso.datetime({ offset: true, error: 'invalid_format' }),
    /** Null or absent: every partner (now and later); otherwise the chosen partnerships. */
    partnershipIds: z
      .array(z.uuid({ error: 'invalid_format' }))
      .max(200, { error: 'too_long' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .refine((o) => o.perMemberLimit <= o.quantity, {
    error: 'out_of_range',
    path: ['perMemberLimit'],
  })
  .refine((o) => o.partnershipIds === null || o.partnershipIds.length > 0, {
    error: 'required',
    path: ['partnershipIds'],
  });
export type OfferInput = z.output<typeof offerInput>;

export const claimInput = z.object({
  offerId: z.uuid({ error: 'invalid_format' }),
  quantity: int(1, SHARING_LIMITS.quantityMax),
  /** The claimant agrees that their name and contact go to the offering community. */
  shareConsent: z.literal(true, { error: 'not_accepted' }),
});
export type ClaimInput = z.output<typeof claimInput>;
