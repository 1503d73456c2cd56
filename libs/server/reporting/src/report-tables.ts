import type { ExportTable, TableCell } from '@palier/server-core';
import { DateTime } from 'luxon';
import type { ReportPeriod } from './report-period';
import { AGE_BANDS, type DashboardRow } from './reporting.sql';
import { protectRows, type CellState } from './small-cells';

/** One line of a report table; `values` are null where a row is hidden or a rate has no base. */
export interface ReportRow {
  key: string;
  label: string;
  state: CellState;
  values: (number | null)[];
}

export interface ReportColumn {
  key: string;
  label: string;
}

export interface ReportTable {
  key: string;
  title: string;
  /** The heading of the rows' column, also the sheet's name in an ODS file (short). */
  heading: string;
  columns: ReportColumn[];
  /** The column the chart draws. */
  chartColumn: number;
  rows: ReportRow[];
  total: ReportRow | null;
}

/** A row of community life counted by another module (polls, ideas…), see ReportingRegistry. */
export interface LifeRow {
  key: string;
  label: string;
  people: number;
  value: number;
}

const PARTICIPANTS: ReportColumn = { key: 'participants', label: 'Participants' };
const ATTENDANCES: ReportColumn = { key: 'attendances', label: 'Présences' };

const GENDERS: [string, string][] = [
  ['female', 'Femmes'],
  ['male', 'Hommes'],
  ['other', 'Autre'],
  ['unknown', 'Non renseigné'],
];
const NEWNESS: [string, string][] = [
  ['new', 'Nouvelles personnes (première présence)'],
  ['returning', 'Personnes déjà venues avant la période'],
];
const LIFE: Record<string, string> = {
  members: 'Membres (à la fin de la période)',
  newMembers: 'Nouveaux membres admis',
  posts: 'Publications',
  comments: 'Commentaires',
};

interface Raw {
  key: string;
  label: string;
  people: number;
  values: (number | null)[];
}

function protect(raws: Raw[], sharesTotal: boolean): ReportRow[] {
  const states = protectRows(
    raws.map((r) => r.people),
    sharesTotal,
  );
  return raws.map((r, i) => ({
    key: r.key,
    label: r.label,
    state: states[i],
    values: states[i] === 'shown' ? r.values : r.values.map(() => null),
  }));
}

const totalRow = (raw: Raw): ReportRow => protect([raw], false)[0];

const byCount = (a: Raw, b: Raw) =>
  (b.values[1] ?? 0) - (a.values[1] ?? 0) || a.label.localeCompare(b.label, 'fr');

/**
 * The tables of the dashboard from the aggregation's rows: labels, order, empty rows where a fixed
 * list asks for them (each month, each age band), and the small-cells rule.
 */
export function buildTables(
  rows: DashboardRow[],
  labels: Map<string, string>,
  period: ReportPeriod,
  life: LifeRow[],
): ReportTable[] {
  const of = (dim: string) => rows.filter((r) => r.dim === dim);
  const find = (dim: string, key: string) => of(dim).find((r) => r.key === key);
  const countRaw = (r: DashboardRow | undefined, key: string, label: string): Raw => ({
    key,
    label,
    people: r?.people ?? 0,
    values: [r?.people ?? 0, r?.a ?? 0],
  });
  const all = find('participants', '');
  const total = totalRow(countRaw(all, 'total', 'Total'));
  const breakdown = (
    key: string,
    title: string,
    heading: string,
    raws: Raw[],
    chartColumn = 0,
  ): ReportTable => ({
    key,
    title,
    heading,
    columns: [PARTICIPANTS, ATTENDANCES],
    chartColumn,
    rows: protect(raws, true),
    total,
  });
  const fixed = (dim: string, list: [string, string][]) =>
    list.map(([key, label]) => countRaw(find(dim, key), key, label));
  const named = (dim: string) =>
    of(dim)
      .map((r) => countRaw(r, r.key, labels.get(`${dim}:${r.key}`) ?? '—'))
      .sort(byCount);
  const areas = of('area')
    .filter((r) => r.key !== 'unknown')
    .map((r) => countRaw(r, r.key, r.key))
    .sort(byCount);

  const services = of('service')
    .map((r): Raw => ({
      key: r.key,
      label: labels.get(`service:${r.key}`) ?? '—',
      people: r.people,
      values: [r.a, r.b, r.c, r.b + r.c > 0 ? Math.round((1000 * r.c) / (r.b + r.c)) / 10 : null],
    }))
    .sort((a, b) => (b.values[0] ?? 0) - (a.values[0] ?? 0) || a.label.localeCompare(b.label));
  const serviceSum = (i: number) => services.reduce((s, r) => s + (r.values[i] ?? 0), 0);
  const [came, missed] = [serviceSum(1), serviceSum(2)];
  const servicePeople = Math.max(0, ...services.map((r) => r.people));

  const lifeRows: Raw[] = [
    ...Object.entries(LIFE).map(([key, label]) => {
      const r = find('life', key);
      return { key, label, people: r?.people ?? 0, values: [r?.a ?? 0] };
    }),
    ...life.map((l) => ({ key: l.key, label: l.label, people: l.people, values: [l.value] })),
  ];

  return [
    breakdown(
      'months',
      'Participants et présences par mois',
      'Mois',
      period.months.map((m) =>
        countRaw(
          find('month', m),
          m,
          DateTime.fromFormat(m, 'yyyy-MM', { locale: 'fr' }).toFormat('LLLL yyyy'),
        ),
      ),
      1,
    ),
    breakdown('activities', 'Par activité', 'Activité', named('activity')),
    breakdown('categories', 'Par catégorie', 'Catégorie', named('category')),
    breakdown(
      'ageBands',
      'Par tranche d’âge',
      'Tranche d’âge',
      fixed('age', [
        ...AGE_BANDS.map((b): [string, string] => [b.key, b.label]),
        ['unknown', 'Non renseigné'],
      ]),
    ),
    breakdown(
      'genders',
      'Par genre (quand la personne l’a indiqué)',
      'Genre',
      fixed('gender', GENDERS),
    ),
    breakdown('areas', 'Par quartier (code postal du foyer)', 'Code postal', [
      ...areas,
      countRaw(find('area', 'unknown'), 'unknown', 'Non renseigné'),
    ]),
    breakdown(
      'newness',
      'Nouvelles personnes et personnes déjà venues',
      'Personnes',
      fixed('newness', NEWNESS),
    ),
    {
      key: 'appointments',
      title: 'Rendez-vous par service',
      heading: 'Service',
      columns: [
        { key: 'appointments', label: 'Rendez-vous' },
        { key: 'came', label: 'Venus' },
        { key: 'noShows', label: 'Absents' },
        { key: 'noShowRate', label: 'Taux d’absence (%)' },
      ],
      chartColumn: 0,
      rows: protect(services, true),
      total: services.length
        ? totalRow({
            key: 'total',
            label: 'Total',
            // At least as many people as the largest service: a lower bound is enough here.
            people: servicePeople,
            values: [
              serviceSum(0),
              came,
              missed,
              came + missed > 0 ? Math.round((1000 * missed) / (came + missed)) / 10 : null,
            ],
          })
        : null,
    },
    {
      key: 'community',
      title: 'Vie de la communauté',
      heading: 'Indicateur',
      columns: [{ key: 'count', label: 'Nombre' }],
      chartColumn: 0,
      rows: protect(lifeRows, false),
      total: null,
    },
  ];
}

/** How a hidden cell is written in exports (and on the page, in French). */
export const HIDDEN_TEXT: Record<Exclude<CellState, 'shown'>, string> = {
  small: '< 5',
  masked: 'masqué',
};

/** A report table as the export writer takes it: hidden cells become their words. */
export function toExportTable(table: ReportTable): ExportTable {
  const line = (row: ReportRow): TableCell[] => [
    row.label,
    ...row.values.map((v) => (row.state === 'shown' ? v : HIDDEN_TEXT[row.state])),
  ];
  return {
    name: table.heading,
    columns: [table.heading, ...table.columns.map((c) => c.label)],
    rows: [...table.rows.map(line), ...(table.total ? [line(table.total)] : [])],
  };
}
