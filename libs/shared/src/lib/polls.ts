import { z } from 'zod';
import { PHOTO_LIMITS } from './photos';
import { line, optionalText, paragraph } from './validation/text-rules';

/** The kinds of poll: one answer, several answers, dates (oui / si besoin / non), a ranking. */
export const POLL_KINDS = ['single', 'multiple', 'date', 'ranked'] as const;
export type PollKind = (typeof POLL_KINDS)[number];

/** Who votes: every member, or one ballot per household (a member without household votes alone). */
export const POLL_VOTERS = ['members', 'households'] as const;
export type PollVoters = (typeof POLL_VOTERS)[number];

/** When the results can be read (staff always read them). */
export const POLL_RESULTS_VISIBILITY = ['always', 'after_vote', 'after_close'] as const;
export type PollResultsVisibility = (typeof POLL_RESULTS_VISIBILITY)[number];

/** The answers to one date of a date-finding poll. */
export const DATE_ANSWERS = ['yes', 'maybe', 'no'] as const;
export type DateAnswer = (typeof DATE_ANSWERS)[number];

/** What a poll can later be attached to (a subject type and an id, nothing more). */
export const POLL_SUBJECT_TYPES = ['idea', 'activity'] as const;

export const POLL_LIMITS = {
  titleMax: 160,
  descriptionMax: 2000,
  optionLabelMax: 200,
  optionsMin: 2,
  optionsMax: 30,
  outcomeMax: 4000,
  /** The longest a poll may stay open. */
  maxOpenDays: 366,
} as const;

/** A local date and time in the community's zone, "2026-12-05T18:30". */
export const LOCAL_DATE_TIME_RULE = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid_format' });

export const pollOptionInput = z.object({
  /** The text of the answer; for a date poll it may stay empty (the date is the answer). */
  label: optionalText(POLL_LIMITS.optionLabelMax).refine((v) => !/[\r\n]/.test(v), {
    error: 'invalid_format',
  }),
  /** Date polls only: the local date and time proposed. */
  startsAt: LOCAL_DATE_TIME_RULE.nullish().transform((v) => v ?? null),
  /** An uploaded photo for this answer, and its description for who cannot see it. */
  photoId: z
    .uuid({ error: 'invalid_format' })
    .nullish()
    .transform((v) => v ?? null),
  photoAlt: optionalText(PHOTO_LIMITS.altMax),
});

export const createPollInput = z
  .object({
    kind: z.enum(POLL_KINDS, { error: 'required' }),
    title: line(POLL_LIMITS.titleMax),
    description: optionalText(POLL_LIMITS.descriptionMax),
    options: z
      .array(pollOptionInput, { error: 'required' })
      .min(POLL_LIMITS.optionsMin, { error: 'too_short' })
      .max(POLL_LIMITS.optionsMax, { error: 'too_long' }),
    /** Local date-time of opening; empty: now. */
    opensAt: LOCAL_DATE_TIME_RULE.nullish().transform((v) => v ?? null),
    closesAt: LOCAL_DATE_TIME_RULE,
    anonymous: z.boolean().default(false),
    voters: z.enum(POLL_VOTERS, { error: 'invalid_format' }).default('members'),
    resultsVisibility: z
      .enum(POLL_RESULTS_VISIBILITY, { error: 'invalid_format' })
      .default('always'),
    ballotsChangeable: z.boolean().default(true),
    minChoices: z.number().int({ error: 'invalid_format' }).nullish(),
    maxChoices: z.number().int({ error: 'invalid_format' }).nullish(),
    subjectType: z
      .enum(POLL_SUBJECT_TYPES, { error: 'invalid_format' })
      .nullish()
      .transform((v) => v ?? null),
    subjectId: z
      .uuid({ error: 'invalid_format' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((p, ctx) => {
    const problem = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const seen = new Set<string>();
    p.options.forEach((o, i) => {
      if (p.kind === 'date') {
        if (!o.startsAt) return problem(['options', i, 'startsAt'], 'required');
      } else if (!o.label) return problem(['options', i, 'label'], 'required');
      if (o.photoId && !o.photoAlt) problem(['options', i, 'photoAlt'], 'required');
      const key =
        p.kind === 'date' ? `${o.startsAt}|${o.label.toLowerCase()}` : o.label.toLowerCase();
      if (seen.has(key)) problem(['options', i, p.kind === 'date' ? 'startsAt' : 'label'], 'taken');
      seen.add(key);
    });
    if (p.kind === 'multiple') {
      const min = p.minChoices ?? 1;
      const max = p.maxChoices ?? p.options.length;
      if (min < 1 || min > p.options.length) problem(['minChoices'], 'out_of_range');
      if (max < min || max > p.options.length) problem(['maxChoices'], 'out_of_range');
    }
    if (p.opensAt && p.opensAt >= p.closesAt) problem(['closesAt'], 'out_of_range');
    if ((p.subjectType === null) !== (p.subjectId === null)) problem(['subjectId'], 'required');
  })
  .transform((p) => ({
    ...p,
    // An anonymous ballot cannot be found again, so it cannot be changed.
    ballotsChangeable: p.anonymous ? false : p.ballotsChangeable,
    minChoices: p.kind === 'multiple' ? (p.minChoices ?? 1) : null,
    maxChoices: p.kind === 'multiple' ? (p.maxChoices ?? p.options.length) : null,
  }));
export type CreatePollInput = z.output<typeof createPollInput>;

const uuid = z.uuid({ error: 'invalid_format' });

/** A ballot: chosen options (in order, for a ranking) or one answer per date. */
export const pollBallotInput = z.object({
  optionIds: z.array(uuid).max(POLL_LIMITS.optionsMax, { error: 'too_long' }).default([]),
  answers: z
    .array(z.object({ optionId: uuid, answer: z.enum(DATE_ANSWERS, { error: 'invalid_format' }) }))
    .max(POLL_LIMITS.optionsMax, { error: 'too_long' })
    .default([]),
});
export type PollBallotInput = z.output<typeof pollBallotInput>;

export const pollOutcomeInput = paragraph(POLL_LIMITS.outcomeMax);

/** What can change while a poll runs (anonymity only until the first ballot). */
export const updatePollInput = z
  .object({
    title: line(POLL_LIMITS.titleMax).nullish(),
    description: optionalText(POLL_LIMITS.descriptionMax).nullish(),
    closesAt: LOCAL_DATE_TIME_RULE.nullish(),
    anonymous: z.boolean().nullish(),
    resultsVisibility: z.enum(POLL_RESULTS_VISIBILITY, { error: 'invalid_format' }).nullish(),
    ballotsChangeable: z.boolean().nullish(),
  })
  .transform((p) => ({
    title: p.title ?? null,
    description: p.description ?? null,
    closesAt: p.closesAt ?? null,
    anonymous: p.anonymous ?? null,
    resultsVisibility: p.resultsVisibility ?? null,
    ballotsChangeable: p.ballotsChangeable ?? null,
  }));
export type UpdatePollInput = z.output<typeof updatePollInput>;
