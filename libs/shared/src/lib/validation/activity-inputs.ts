import { z } from 'zod';
import { ACTIVITY_VISIBILITIES, ATTENDANCE_STATUSES, CAPACITY_MODES } from '../activities';
import { DATE_RULE } from './booking-inputs';
import { intRule, line, optionalText, paragraph, TIME_RULE } from './text-rules';

const int = intRule;
const text = optionalText;

export const ACTIVITY_LIMITS = {
  /** The longest weekly series (about a school year and a bit). */
  seriesMaxDays: 400,
  /** The most people registered in one step (a large household). */
  groupMax: 12,
} as const;

export const activityInput = z
  .object({
    title: line(120),
    description: text(5000),
    categoryId: z.uuid({ error: 'invalid_format' }),
    place: text(200),
    ageMin: int(0, 120).nullish(),
    ageMax: int(0, 120).nullish(),
    priceNote: text(300),
    visibility: z.enum(ACTIVITY_VISIBILITIES, { error: 'invalid_format' }),
    capacityMode: z.enum(CAPACITY_MODES, { error: 'invalid_format' }),
    seriesCapacity: int(1, 10000).nullish(),
    cancelCutoffHours: int(0, 720).default(24),
    offerHours: int(1, 336).default(24),
  })
  .refine((a) => a.ageMin == null || a.ageMax == null || a.ageMin <= a.ageMax, {
    error: 'out_of_range',
    path: ['ageMax'],
  })
  .refine((a) => (a.capacityMode === 'series') === (a.seriesCapacity != null), {
    error: 'required',
    path: ['seriesCapacity'],
  });
export type ActivityInput = z.output<typeof activityInput>;

/** One dated session: local date and times in the community's zone. */
export const sessionInput = z
  .object({
    date: DATE_RULE,
    starts: TIME_RULE,
    ends: TIME_RULE,
    capacity: int(1, 10000).nullish(),
  })
  .refine((s) => s.starts < s.ends, { error: 'out_of_range', path: ['ends'] });
export type SessionInput = z.output<typeof sessionInput>;

/** A weekly series: every `weekday` from `firstDate` to `lastDate`, except `skippedDates`. */
export const seriesInput = z
  .object({
    weekday: int(1, 7),
    starts: TIME_RULE,
    ends: TIME_RULE,
    firstDate: DATE_RULE,
    lastDate: DATE_RULE,
    skippedDates: z.array(DATE_RULE).max(100, { error: 'too_long' }).default([]),
    sessionCapacity: int(1, 10000).nullish(),
  })
  .refine((s) => s.starts < s.ends, { error: 'out_of_range', path: ['ends'] })
  .refine(
    (s) =>
      s.firstDate <= s.lastDate &&
      Date.parse(s.lastDate) - Date.parse(s.firstDate) <=
        ACTIVITY_LIMITS.seriesMaxDays * 86_400_000,
    { error: 'out_of_range', path: ['lastDate'] },
  );
export type SeriesInput = z.output<typeof seriesInput>;

/**
 * Who to register in one step: oneself and/or members of one's household (their household member
 * ids); for one session, or for the whole series when the activity counts places per series.
 */
export const registrationInput = z
  .object({
    activityId: z.uuid({ error: 'invalid_format' }),
    sessionId: z.uuid({ error: 'invalid_format' }).nullish(),
    includeSelf: z.boolean().default(false),
    memberIds: z
      .array(z.uuid({ error: 'invalid_format' }))
      .max(ACTIVITY_LIMITS.groupMax, { error: 'too_long' })
      .default([]),
    acceptsPartial: z.boolean().default(false),
  })
  .refine((r) => r.includeSelf || r.memberIds.length > 0, {
    error: 'required',
    path: ['memberIds'],
  });
export type RegistrationInput = z.output<typeof registrationInput>;

export const attendanceMarkInput = z.object({
  clientMarkId: z.uuid({ error: 'invalid_format' }),
  sessionId: z.uuid({ error: 'invalid_format' }),
  registrationId: z.uuid({ error: 'invalid_format' }).nullish(),
  /** A walk-in not registered: a fresh id from the tablet, and a name. */
  walkInKey: z.uuid({ error: 'invalid_format' }).nullish(),
  walkInName: line(80).nullish(),
  status: z.enum(ATTENDANCE_STATUSES, { error: 'invalid_format' }),
  markedAt: z.iso.datetime({ offset: true, error: 'invalid_format' }),
});
export type AttendanceMarkInput = z.output<typeof attendanceMarkInput>;

export const reorderReasonRule = line(300);
export const sessionMessageRule = paragraph(1000);
