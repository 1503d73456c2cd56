import { AppError, fieldProblem } from '@palier/server-core';
import { DateTime } from 'luxon';

/** The longest period a report covers (three years and a day or so for leap years). */
export const MAX_PERIOD_DAYS = 1100;

export interface ReportPeriod {
  /** First and last day, 'YYYY-MM-DD' in the community's zone (both included). */
  from: string;
  to: string;
  /** The instants bounding it: [start, end). */
  start: Date;
  end: Date;
  /** Each month of the period, 'YYYY-MM', in order. */
  months: string[];
}

const day = (text: unknown, zone: string): DateTime | null => {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = DateTime.fromISO(text, { zone });
  return date.isValid ? date.startOf('day') : null;
};

/**
 * A period from two dates of the community's calendar: from the first day's midnight to the
 * midnight after the last day, in the community's zone (so a day of a clock change lasts 23 or 25
 * hours). Refused with field errors when a date is not a date, or the order or length is wrong.
 */
export function reportPeriod(from: unknown, to: unknown, zone: string): ReportPeriod {
  const first = day(from, zone);
  const last = day(to, zone);
  if (!first || !last)
    throw AppError.badInput(
      [
        ...(first ? [] : [fieldProblem('from', 'invalid_format')]),
        ...(last ? [] : [fieldProblem('to', 'invalid_format')]),
      ],
      'Indiquez deux dates valides.',
    );
  if (last < first || last.diff(first, 'days').days > MAX_PERIOD_DAYS)
    throw AppError.badInput(
      [fieldProblem('to', 'out_of_range')],
      'La date de fin doit venir après la date de début, trois ans au plus plus tard.',
    );
  const months: string[] = [];
  for (let m = first.startOf('month'); m <= last; m = m.plus({ months: 1 }))
    months.push(m.toFormat('yyyy-MM'));
  return {
    from: first.toISODate() ?? '',
    to: last.toISODate() ?? '',
    start: first.toJSDate(),
    end: last.plus({ days: 1 }).toJSDate(),
    months,
  };
}
