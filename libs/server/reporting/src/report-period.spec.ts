import { AppError } from '@palier/server-core';
import { reportPeriod } from './report-period';

describe('report period (dates of the community, both days included)', () => {
  it('runs from the first midnight to the midnight after the last day, in Paris time', () => {
    const p = reportPeriod('2026-01-01', '2026-12-31', 'Europe/Paris');
    expect(p.start.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(p.months).toHaveLength(12);
    expect(p.months[0]).toBe('2026-01');
    expect(p.months[11]).toBe('2026-12');
  });

  it('follows the clock changes: the last Sunday of March lasts 23 hours, of October 25', () => {
    const spring = reportPeriod('2026-03-29', '2026-03-29', 'Europe/Paris');
    expect(spring.start.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(spring.end.toISOString()).toBe('2026-03-29T22:00:00.000Z');
    const autumn = reportPeriod('2026-10-25', '2026-10-25', 'Europe/Paris');
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
  });

  it('lists the months touched by a period that starts and ends mid-month', () => {
    expect(reportPeriod('2026-01-15', '2026-03-02', 'Europe/Paris').months).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
  });

  it('refuses dates that are not dates, a period ending before it starts, or longer than three years', () => {
    const fails = (from: unknown, to: unknown) => {
      try {
        reportPeriod(from, to, 'Europe/Paris');
      } catch (e) {
        return (e as AppError).fields.map((f) => `${f.field}:${f.code}`);
      }
      return [];
    };
    expect(fails('2026-02-30', 'hier')).toEqual(['from:invalid_format', 'to:invalid_format']);
    expect(fails('2026-05-01', '2026-04-30')).toEqual(['to:out_of_range']);
    expect(fails('2020-01-01', '2026-01-01')).toEqual(['to:out_of_range']);
    expect(fails('2026-05-01', '2026-05-01')).toEqual([]);
  });
});
