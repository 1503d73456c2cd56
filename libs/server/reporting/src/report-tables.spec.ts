import { reportPeriod } from './report-period';
import { buildTables, toExportTable } from './report-tables';
import type { DashboardRow } from './reporting.sql';

const row = (dim: string, key: string, people: number, a = people, b = 0, c = 0): DashboardRow => ({
  dim,
  key,
  people,
  a,
  b,
  c,
});

describe('report tables', () => {
  const period = reportPeriod('2026-01-01', '2026-04-30', 'Europe/Paris');
  const labels = new Map([
    ['activity:a1', 'Atelier cuisine'],
    ['activity:a2', 'Aide aux devoirs'],
    ['service:s1', 'Écrivain public'],
  ]);
  const rows = [
    row('participants', '', 30, 120),
    row('month', '2026-01', 20, 50),
    row('month', '2026-02', 12, 66),
    row('month', '2026-03', 3, 4),
    row('activity', 'a1', 25, 100),
    row('activity', 'a2', 8, 20),
    row('age', '6-11', 12, 40),
    row('age', '26-59', 2, 10),
    row('age', 'unknown', 16, 70),
    row('newness', 'new', 30, 120),
    row('service', 's1', 9, 12, 8, 2),
  ];
  const tables = buildTables(rows, labels, period, [
    { key: 'polls', label: 'Sondages', people: 7, value: 2 },
  ]);
  const table = (key: string) => tables.find((t) => t.key === key)!;

  it('lists every month of the period, empty ones at zero, and hides a month of fewer than 5 people', () => {
    const months = table('months');
    expect(months.rows.map((r) => [r.key, r.state, r.values])).toEqual([
      ['2026-01', 'shown', [20, 50]],
      // Alone hidden, March could be worked out from the total: the smallest other is masked too.
      ['2026-02', 'masked', [null, null]],
      ['2026-03', 'small', [null, null]],
      ['2026-04', 'shown', [0, 0]],
    ]);
    expect(months.total?.values).toEqual([30, 120]);
  });

  it('masks the smallest other band when one band alone is hidden', () => {
    expect(table('ageBands').rows.map((r) => `${r.key}:${r.state}`)).toEqual([
      '0-5:shown',
      '6-11:masked',
      '12-17:shown',
      '18-25:shown',
      '26-59:small',
      '60+:shown',
      'unknown:shown',
    ]);
  });

  it('orders activities by attendances with their names; computes the no-show rate', () => {
    expect(table('activities').rows.map((r) => r.label)).toEqual([
      'Atelier cuisine',
      'Aide aux devoirs',
    ]);
    expect(table('appointments').rows[0].values).toEqual([12, 8, 2, 20]);
    expect(table('newness').rows.map((r) => r.values)).toEqual([
      [30, 120],
      [0, 0],
    ]);
  });

  it('adds the rows other modules count to community life', () => {
    expect(table('community').rows.map((r) => r.key)).toEqual([
      'members',
      'newMembers',
      'posts',
      'comments',
      'polls',
    ]);
  });

  it('writes hidden cells as "< 5" and "masqué" in exports', () => {
    const exported = toExportTable(table('ageBands'));
    expect(exported.name).toBe('Tranche d’âge');
    expect(exported.columns).toEqual(['Tranche d’âge', 'Participants', 'Présences']);
    expect(exported.rows[1]).toEqual(['6 à 11 ans', 'masqué', 'masqué']);
    expect(exported.rows[4]).toEqual(['26 à 59 ans', '< 5', '< 5']);
    expect(exported.rows.at(-1)).toEqual(['Total', 30, 120]);
  });
});
