import { z } from 'zod';
import { PHOTO_LIMITS } from './photos';
import { paragraph } from './validation/text-rules';

/** Limits of the community feed, checked on both sides. */
export const FEED_LIMITS = {
  postBodyMax: 5000,
  commentBodyMax: 2000,
  contentWarningMax: 200,
  photoAltMax: PHOTO_LIMITS.altMax,
  photosPerPost: 4,
  mentionsPerText: 20,
  pageSizeMax: 50,
} as const;

/** Who may read a post: the members of the community (default), or anyone on the sas. */
export const POST_VISIBILITIES = ['members', 'public'] as const;
export type PostVisibility = (typeof POST_VISIBILITIES)[number];

/** The small fixed set of reactions: one per member per post. */
export const REACTIONS = ['thumbs_up', 'heart', 'laugh', 'surprised', 'thanks'] as const;
export type Reaction = (typeof REACTIONS)[number];
export const REACTION_EMOJI: Record<Reaction, string> = {
  thumbs_up: '👍',
  heart: '❤️',
  laugh: '😄',
  surprised: '😮',
  thanks: '🙏',
};

const uuid = z.uuid({ error: 'invalid_format' });
const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'too_long' })
    .refine((v) => !/[\r\n]/.test(v), { error: 'invalid_format' })
    .nullish()
    .transform((v) => v || null);

const mentionsRule = z
  .array(uuid)
  .max(FEED_LIMITS.mentionsPerText, { error: 'too_long' })
  .nullish()
  .transform((ids) => [...new Set(ids ?? [])]);

export const postPhotoInput = z.object({
  id: uuid,
  alt: z.string().trim().max(FEED_LIMITS.photoAltMax, { error: 'too_long' }).default(''),
});

/** A post as its author writes it. The body may be empty only when there are photos. */
export const postInput = z
  .object({
    body: z
      .string({ error: 'required' })
      .trim()
      .max(FEED_LIMITS.postBodyMax, { error: 'too_long' }),
    contentWarning: optionalLine(FEED_LIMITS.contentWarningMax),
    visibility: z.enum(POST_VISIBILITIES, { error: 'invalid_format' }).default('members'),
    photos: z
      .array(postPhotoInput)
      .max(FEED_LIMITS.photosPerPost, { error: 'too_long' })
      .default([]),
    mentionIds: mentionsRule,
  })
  .refine((p) => p.body.length > 0 || p.photos.length > 0, { error: 'required', path: ['body'] })
  .refine((p) => new Set(p.photos.map((ph) => ph.id)).size === p.photos.length, {
    error: 'invalid_format',
    path: ['photos'],
  });

/** An edit: the text, the content warning, the visibility and the photos' alt texts. */
export const postEditInput = z.object({
  body: z.string({ error: 'required' }).trim().max(FEED_LIMITS.postBodyMax, { error: 'too_long' }),
  contentWarning: optionalLine(FEED_LIMITS.contentWarningMax),
  visibility: z.enum(POST_VISIBILITIES, { error: 'invalid_format' }).default('members'),
  photoAlts: z
    .array(postPhotoInput)
    .max(FEED_LIMITS.photosPerPost, { error: 'too_long' })
    .default([]),
});

export const commentInput = z.object({
  body: paragraph(FEED_LIMITS.commentBodyMax),
  parentId: uuid.nullish().transform((v) => v ?? null),
  mentionIds: mentionsRule,
});

/** A community's feed and moderation settings (its admins choose). */
export const feedSettingsInput = z.object({
  publicPostRoles: z
    .array(z.enum(['resident', 'staff', 'builder', 'admin'], { error: 'invalid_format' }))
    .max(4, { error: 'too_long' })
    .transform((roles) => [...new Set(roles)]),
  keepCommentsOfErasedMembers: z.boolean({ error: 'required' }),
  reportHideThreshold: z
    .number({ error: 'required' })
    .int({ error: 'invalid_format' })
    .min(1, { error: 'out_of_range' })
    .max(50, { error: 'out_of_range' }),
});
