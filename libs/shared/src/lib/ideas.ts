import { z } from 'zod';
import { line, paragraph } from './validation/text-rules';

/** Limits of the idea box, checked on both sides. */
export const IDEA_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  descriptionMax: 4000,
  answerMax: 4000,
  categoryNameMax: 60,
  categoriesMax: 30,
  searchMax: 200,
  outcomeTitleMax: 200,
  pageSizeMax: 50,
} as const;

/** Where an idea stands. Merged duplicates keep their status and point to the idea kept. */
export const IDEA_STATUSES = [
  'submitted',
  'under_study',
  'accepted',
  'declined',
  'in_progress',
  'done',
] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/**
 * THE status workflow, in one table: from each status, where the centre may take an idea (each
 * change carries the centre's answer). A declined idea may be studied again.
 */
export const IDEA_TRANSITIONS: Record<IdeaStatus, readonly IdeaStatus[]> = {
  submitted: ['under_study', 'declined'],
  under_study: ['accepted', 'declined'],
  accepted: ['in_progress', 'declined'],
  in_progress: ['done'],
  declined: ['under_study'],
  done: [],
};

export const mayChangeIdeaStatus = (from: IdeaStatus, to: IdeaStatus): boolean =>
  IDEA_TRANSITIONS[from].includes(to);

/** The statuses an idea can be turned into an activity or a collective project from. */
export const IDEA_OUTCOME_STATUSES: readonly IdeaStatus[] = ['accepted', 'in_progress', 'done'];

/** What an accepted idea became, linked both ways ("née d'une idée de…"). */
export const IDEA_OUTCOME_KINDS = ['activity', 'collective_project'] as const;
export type IdeaOutcomeKind = (typeof IDEA_OUTCOME_KINDS)[number];

export const IDEA_SORTS = ['newest', 'most_supported'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

const uuid = z.uuid({ error: 'invalid_format' });

/** An idea as a member writes it. */
export const ideaInput = z.object({
  title: line(IDEA_LIMITS.titleMax).refine((v) => v.length >= IDEA_LIMITS.titleMin, {
    error: 'too_short',
  }),
  description: paragraph(IDEA_LIMITS.descriptionMax),
  categoryId: uuid,
});

/** A change of status with the centre's answer (always required: residents are told why). */
export const ideaStatusInput = z.object({
  status: z.enum(IDEA_STATUSES, { error: 'invalid_format' }),
  answer: paragraph(IDEA_LIMITS.answerMax),
});

export const ideaCategoryInput = z.object({
  name: line(IDEA_LIMITS.categoryNameMax),
  archived: z.boolean().default(false),
});

export const ideaOutcomeInput = z.object({
  kind: z.enum(IDEA_OUTCOME_KINDS, { error: 'invalid_format' }),
  /** The id of the activity (or project) in its own module, when there is one. */
  ref: z
    .string()
    .trim()
    .max(100, { error: 'too_long' })
    .nullish()
    .transform((v) => v || null),
  title: line(IDEA_LIMITS.outcomeTitleMax),
});

export const ideaListInput = z.object({
  status: z.enum(IDEA_STATUSES, { error: 'invalid_format' }).nullish(),
  categoryId: uuid.nullish(),
  search: z
    .string()
    .trim()
    .max(IDEA_LIMITS.searchMax, { error: 'too_long' })
    .nullish()
    .transform((v) => v || null),
  sort: z.enum(IDEA_SORTS, { error: 'invalid_format' }).default('newest'),
});
