import { z } from 'zod';

/** Why a member reports something (the list shown in the report form, plus free text). */
export const REPORT_REASONS = [
  'harassment',
  'hate',
  'violence',
  'private_information',
  'spam',
  'illegal',
  'other',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** What the community builder can decide about a reported item or member. */
export const MODERATION_ACTIONS = [
  'dismiss',
  'hide',
  'restore',
  'delete',
  'warn',
  'suspend',
  'exclude',
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const MODERATION_LIMITS = {
  detailsMax: 1000,
  reasonMax: 1000,
  appealMax: 1000,
  suspensionDaysMax: 365,
  thresholdMax: 50,
} as const;

const uuid = z.uuid({ error: 'invalid_format' });
const itemType = z.string().regex(/^[a-z_]{1,40}$/, { error: 'invalid_format' });
const text = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'too_long' });

export const reportInput = z.object({
  itemType,
  itemId: uuid,
  reason: z.enum(REPORT_REASONS, { error: 'required' }),
  details: z
    .string()
    .trim()
    .max(MODERATION_LIMITS.detailsMax, { error: 'too_long' })
    .nullish()
    .transform((v) => v || null),
});

export const moderationDecisionInput = z
  .object({
    itemType,
    itemId: uuid,
    action: z.enum(MODERATION_ACTIONS, { error: 'required' }),
    reason: text(MODERATION_LIMITS.reasonMax),
    suspensionDays: z
      .number()
      .int({ error: 'invalid_format' })
      .min(1, { error: 'out_of_range' })
      .max(MODERATION_LIMITS.suspensionDaysMax, { error: 'out_of_range' })
      .nullish(),
  })
  .refine((d) => d.action !== 'suspend' || !!d.suspensionDays, {
    error: 'required',
    path: ['suspensionDays'],
  });

export const appealInput = z.object({ message: text(MODERATION_LIMITS.appealMax) });
