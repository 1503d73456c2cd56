import { useQuery } from '@apollo/client/react';
import {
  ReportingDashboardDocument,
  serverMessageOf,
  type ReportingDashboardQuery,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import {
  CONTENT_LANG,
  LoadError,
  RequireRole,
  useDocumentTitle,
  type MyMembership,
  type Role,
} from '@palier/web-session';
import {
  Alert,
  Button,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
  TextField,
  VisuallyHidden,
} from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

const READERS: Role[] = ['staff', 'builder', 'admin'];
const RULES = [
  'participant',
  'attendance',
  'newPerson',
  'age',
  'appointment',
  'small',
  'masked',
  'erased',
] as const;

type Table = ReportingDashboardQuery['reportingDashboard']['tables'][number];
type Row = Table['rows'][number];

/** Today in the community's zone, 'YYYY-MM-DD'. */
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

/** Words of a row: a month, a fixed category (age band, gender…) in the reader's language, or data. */
function useRowLabel() {
  const { t, i18n } = useTranslation('reporting');
  const { locale } = useLocale();
  return (table: Table, row: Row): { text: string; lang?: string } => {
    if (row.key === 'total') return { text: t('rows.total') };
    if (table.key === 'months')
      return {
        text: new Intl.DateTimeFormat(locale, {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${row.key}-01T00:00:00Z`)),
      };
    const fixed = !['activities', 'categories', 'appointments'].includes(table.key);
    if (fixed && i18n.exists(`reporting:rows.${row.key}`))
      return { text: t(`rows.${row.key}` as 'rows.total') };
    return { text: row.label, lang: CONTENT_LANG };
  };
}

function useCellText() {
  const { t } = useTranslation('reporting');
  const { locale } = useLocale();
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (row: Row, value: number | null): string =>
    row.state === 'small'
      ? t('small')
      : row.state === 'masked'
        ? t('masked')
        : value === null
          ? t('notApplicable')
          : number.format(value);
}

/** Horizontal bars (one per row) drawn in SVG; the numbers are in the table next to it. */
function BarChart({ table, label }: { table: Table; label: string }) {
  const rowLabel = useRowLabel();
  const cellText = useCellText();
  const i = table.chartColumn;
  const max = Math.max(1, ...table.rows.map((r) => r.values[i] ?? 0));
  return (
    <div className="report-chart" role="img" aria-label={label} data-testid="report-chart">
      {table.rows.map((row) => {
        const value = row.state === 'shown' ? (row.values[i] ?? 0) : 0;
        const name = rowLabel(table, row);
        return (
          <div className="report-chart__row" key={row.key}>
            <span className="report-chart__label" lang={name.lang}>
              {name.text}
            </span>
            <svg
              className="report-chart__track"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <rect width={(100 * value) / max} height="10" />
            </svg>
            <span className="report-chart__value">{cellText(row, row.values[i])}</span>
          </div>
        );
      })}
    </div>
  );
}

function ReportSection({
  table,
  fileUrl,
}: {
  table: Table;
  fileUrl: (name: string, format: 'csv' | 'ods') => string;
}) {
  const { t } = useTranslation('reporting');
  const rowLabel = useRowLabel();
  const cellText = useCellText();
  const [open, setOpen] = useState(false);
  const id = `report-${table.key}`;
  const title = t(`tables.${table.key}` as 'tables.months', { defaultValue: table.title });
  const columnName = (key: string, label: string) =>
    t(`columns.${key}` as 'columns.count', { defaultValue: label });
  const chartColumn = table.columns[table.chartColumn];
  const line = (row: Row, header: boolean) => {
    const name = rowLabel(table, row);
    return (
      <tr key={row.key} className={header ? 'report-table__total' : undefined}>
        <th scope="row" lang={name.lang}>
          {name.text}
        </th>
        {row.values.map((v, k) => (
          <td key={table.columns[k].key}>
            {cellText(row, v)}
            {row.state !== 'shown' && (
              <VisuallyHidden>
                {' '}
                ({t(row.state === 'small' ? 'smallLabel' : 'maskedLabel')})
              </VisuallyHidden>
            )}
          </td>
        ))}
      </tr>
    );
  };
  return (
    <section className="report-section" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {table.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <BarChart
          table={table}
          label={t('chartLabel', {
            title,
            column: columnName(chartColumn.key, chartColumn.label),
          })}
        />
      )}
      <div className="report-actions">
        <Button
          type="button"
          variant="secondary"
          aria-expanded={open}
          aria-controls={`${id}-table`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('hideTable') : t('seeTable')}
        </Button>
        <Link href={fileUrl(table.key, 'csv')} download>
          {t('csv')}
          <VisuallyHidden> : {title}</VisuallyHidden>
        </Link>
        <Link href={fileUrl(table.key, 'ods')} download>
          {t('ods')}
          <VisuallyHidden> : {title}</VisuallyHidden>
        </Link>
      </div>
      {/* Always in the page for screen readers; shown on screen with the button. */}
      <div
        id={`${id}-table`}
        className={open ? 'report-table-wrap' : 'pal-visually-hidden'}
        // Shown, it may scroll sideways on a phone: a focusable region, so keys scroll it.
        {...(open ? { tabIndex: 0, role: 'region', 'aria-label': title } : {})}
      >
        <table className="report-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t(`headings.${table.key}` as 'headings.months', { defaultValue: table.heading })}
              </th>
              {table.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {columnName(c.key, c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{table.rows.map((r) => line(r, false))}</tbody>
          {table.total && <tfoot>{line(table.total, true)}</tfoot>}
        </table>
      </div>
    </section>
  );
}

function Dashboard({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('reporting');
  const { id: communityId, timeZone } = membership.community;
  const today = todayIn(timeZone);
  const [draft, setDraft] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [period, setPeriod] = useState(draft);
  const report = useQuery(ReportingDashboardDocument, {
    variables: { communityId, ...period },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPeriod(draft);
  };
  const query = new URLSearchParams(period).toString();
  const fileUrl = (name: string, format: 'csv' | 'ods') =>
    `/api/reporting/communities/${communityId}/reports/${name}.${format}?${query}`;
  const problem = report.error ? serverMessageOf(report.error) : undefined;
  const data = report.data?.reportingDashboard;
  return (
    <>
      <form className="report-period" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('period.legend')}</legend>
          <p className="report-hint">{t('period.hint')}</p>
          <div className="report-period__fields">
            <TextField
              id="report-from"
              type="date"
              label={t('period.from')}
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
            <TextField
              id="report-to"
              type="date"
              label={t('period.to')}
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <Button type="submit">{t('period.show')}</Button>
        </fieldset>
      </form>
      <section className="report-rules" aria-labelledby="report-rules-title">
        <h2 id="report-rules-title">{t('rules.title')}</h2>
        <ul>
          {RULES.map((rule) => (
            <li key={rule}>{t(`rules.${rule}`)}</li>
          ))}
        </ul>
      </section>
      {problem ? (
        <Alert tone="error">{problem}</Alert>
      ) : report.error ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <LoadingRegion label={t('title')}>
          <Skeleton lines={6} />
        </LoadingRegion>
      ) : (
        <div aria-live="polite">
          <p className="report-actions">
            <Link href={fileUrl('all', 'ods')} download>
              {t('all')}
            </Link>
          </p>
          {data.tables.map((table) => (
            <ReportSection key={table.key} table={table} fileUrl={fileUrl} />
          ))}
        </div>
      )}
    </>
  );
}

/** `/c/:slug/bilan`: the staff's figures of a period, charts with their tables, exports. */
export function ReportingPage() {
  const { t } = useTranslation('reporting');
  const { slug = '' } = useParams();
  useDocumentTitle(t('title'));
  return (
    <RequireRole slug={slug} roles={READERS}>
      {(membership) => (
        <div className="page reporting-page">
          <PageLayout title={t('title')} lead={t('lead')}>
            <Dashboard membership={membership} />
          </PageLayout>
        </div>
      )}
    </RequireRole>
  );
}
