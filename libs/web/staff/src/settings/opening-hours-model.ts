import type { OpeningPeriodInput } from '@palier/web-data-access';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One period of a day in the editor; `key` stays the same while the person edits it. */
export interface PeriodRow {
  key: string;
  opens: string;
  closes: string;
}

/** The week in the editor: the periods of each ISO weekday (1 = Monday). */
export type WeekRows = Record<number, PeriodRow[]>;

export interface HoursProblem {
  weekday: number;
  key: string;
  part: 'opens' | 'closes';
  code: 'required' | 'out_of_range' | 'overlap' | 'invalid_format';
}

let counter = 0;
export function newRowKey(): string {
  counter += 1;
  return `p${counter}`;
}

export function weekFromPeriods(periods: readonly OpeningPeriodInput[]): WeekRows {
  const week: WeekRows = {};
  for (const weekday of WEEKDAYS) {
    week[weekday] = periods
      .filter((p) => p.weekday === weekday)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((p) => ({ key: newRowKey(), opens: p.opens, closes: p.closes }));
  }
  return week;
}

/** The rows in the order they are sent to the API (its problems name them by this index). */
export function flatRows(week: WeekRows): { weekday: number; row: PeriodRow }[] {
  return WEEKDAYS.flatMap((weekday) => (week[weekday] ?? []).map((row) => ({ weekday, row })));
}

/**
 * A time as people type it — "9:30", "09:30", "9h30", "9 h 30", "14 h", "14" — as the API's
 * "HH:MM" (24-hour clock, never AM/PM); null when it is not a time of day.
 */
export function normaliseClock(text: string): string | null {
  const match = /^\s*(\d{1,2})\s*(?:[:hH.]\s*(\d{2})?)?\s*$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function periodsFromWeek(week: WeekRows): OpeningPeriodInput[] {
  return flatRows(week).map(({ weekday, row }) => ({
    weekday,
    opens: normaliseClock(row.opens) ?? row.opens,
    closes: normaliseClock(row.closes) ?? row.closes,
  }));
}

/** Each period needs both times, the end after the start, and no two periods of a day overlap. */
export function checkWeek(week: WeekRows): HoursProblem[] {
  const problems: HoursProblem[] = [];
  for (const weekday of WEEKDAYS) {
    const rows = week[weekday] ?? [];
    const times = rows.map((row) => ({
      key: row.key,
      opens: normaliseClock(row.opens),
      closes: normaliseClock(row.closes),
    }));
    for (const [index, row] of rows.entries()) {
      const { opens, closes } = times[index] ?? { opens: null, closes: null };
      if (!row.opens.trim())
        problems.push({ weekday, key: row.key, part: 'opens', code: 'required' });
      else if (!opens)
        problems.push({ weekday, key: row.key, part: 'opens', code: 'invalid_format' });
      if (!row.closes.trim())
        problems.push({ weekday, key: row.key, part: 'closes', code: 'required' });
      else if (!closes)
        problems.push({ weekday, key: row.key, part: 'closes', code: 'invalid_format' });
      else if (opens && closes <= opens)
        problems.push({ weekday, key: row.key, part: 'closes', code: 'out_of_range' });
    }
    const complete = times
      .filter(
        (r): r is { key: string; opens: string; closes: string } =>
          r.opens !== null && r.closes !== null && r.opens < r.closes,
      )
      .sort((a, b) => a.opens.localeCompare(b.opens));
    for (let i = 1; i < complete.length; i++) {
      const previous = complete[i - 1];
      const current = complete[i];
      if (previous && current && current.opens < previous.closes)
        problems.push({ weekday, key: current.key, part: 'opens', code: 'overlap' });
    }
  }
  return problems;
}
