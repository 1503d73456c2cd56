import { z } from 'zod';
import { intRule as int, line, optionalText, TIME_RULE } from './text-rules';

export const BOOKING_LIMITS = {
  noteMax: 500,
  /** The widest range the slots query computes at once (about 9 weeks). */
  slotRangeMaxDays: 63,
} as const;

export const BOOKING_RESOURCE_KINDS = ['staff', 'room', 'partner'] as const;
export const APPOINTMENT_STATUSES = ['pending', 'confirmed', 'cancelled'] as const;
export const APPOINTMENT_ATTENDANCES = ['arrived', 'no_show'] as const;

/** A note from the resident ("pour ma déclaration trimestrielle"): optional, short, plain text. */
export const appointmentNoteRule = optionalText(BOOKING_LIMITS.noteMax);

export const DATE_RULE = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_format' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: 'invalid_format' });

const END_TIME_RULE = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  error: 'invalid_format',
});

export const bookingServiceInput = z.object({
  name: line(120),
  description: optionalText(2000),
  whatToBring: optionalText(1000),
  durationMinutes: int(5, 480),
  bufferBeforeMinutes: int(0, 120).default(0),
  bufferAfterMinutes: int(0, 120).default(0),
  minNoticeMinutes: int(0, 43200).default(60),
  maxHorizonDays: int(1, 365).default(60),
  maxPerWeek: int(1, 20).nullish(),
  requiresConfirmation: z.boolean().default(false),
  shownOnSas: z.boolean().default(true),
  resourceIds: z
    .array(z.uuid({ error: 'invalid_format' }))
    .min(1, { error: 'required' })
    .max(20),
});
export type BookingServiceInput = z.output<typeof bookingServiceInput>;

export const weeklyRuleInput = z
  .object({ weekday: int(1, 7), starts: TIME_RULE, ends: END_TIME_RULE })
  .refine((r) => r.starts < r.ends, { error: 'out_of_range', path: ['ends'] });

export const bookingResourceInput = z.object({
  name: line(120),
  kind: z.enum(BOOKING_RESOURCE_KINDS, { error: 'invalid_format' }),
  rules: z.array(weeklyRuleInput).max(50, { error: 'too_long' }),
});
export type BookingResourceInput = z.output<typeof bookingResourceInput>;

export const bookingExceptionInput = z
  .object({
    resourceId: z.uuid({ error: 'invalid_format' }),
    date: DATE_RULE,
    kind: z.enum(['closed', 'open'], { error: 'invalid_format' }),
    starts: TIME_RULE.nullish(),
    ends: END_TIME_RULE.nullish(),
    label: optionalText(120),
  })
  .refine((e) => (e.starts && e.ends ? e.starts < e.ends : e.kind === 'closed'), {
    error: 'out_of_range',
    path: ['ends'],
  });
export type BookingExceptionInput = z.output<typeof bookingExceptionInput>;

export const bookAppointmentInput = z.object({
  serviceId: z.uuid({ error: 'invalid_format' }),
  startsAt: z.iso.datetime({ offset: true, error: 'invalid_format' }),
  note: appointmentNoteRule,
});
export type BookAppointmentInput = z.output<typeof bookAppointmentInput>;
