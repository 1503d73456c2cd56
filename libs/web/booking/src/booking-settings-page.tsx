import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddBookingExceptionDocument,
  BookingSettingsDocument,
  type BookingSettingsQuery,
  RemoveBookingExceptionDocument,
  SaveBookingResourceDocument,
  SaveBookingServiceDocument,
  serverMessageOf,
} from '@palier/web-data-access';
import { useLocale, weekdayName } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  Card,
  CheckboxGroup,
  LoadingRegion,
  RadioGroup,
  Select,
  Skeleton,
  TextArea,
  TextField,
} from '@palier/web-ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingArea, BookingFrame } from './booking-frame';
import { dayInWords } from './booking-dates';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

type ResourceRow = BookingSettingsQuery['bookingResources'][number];
type ServiceRow = BookingSettingsQuery['bookingServices'][number];

/** A form of this page: sends, then says it is saved or, in the API's words, what to fix. */
function SettingsForm({
  save,
  onSaved,
  children,
}: {
  save: () => Promise<unknown>;
  onSaved: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save();
      setOutcome({ ok: true, text: t('settings.saved') });
      onSaved();
    } catch (error) {
      setOutcome({ ok: false, text: serverMessageOf(error) ?? '' });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="booking-form">
      {outcome && <Alert tone={outcome.ok ? 'success' : 'error'} title={outcome.text} />}
      {children}
    </form>
  );
}

/** A person, room or adviser with weekly hours: a new one, or `existing` to change it. */
function ResourceForm({
  communityId,
  existing,
  onSaved,
}: {
  communityId: string;
  existing?: ResourceRow;
  onSaved: () => void;
}) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  const idp = existing ? `resource-${existing.id}` : 'resource';
  const [name, setName] = useState(existing?.name ?? '');
  const [kind, setKind] = useState<string>(existing?.kind ?? 'staff');
  const [rules, setRules] = useState(
    existing?.rules.map(({ weekday, starts, ends }) => ({ weekday, starts, ends })) ?? [
      { weekday: 2, starts: '09:00', ends: '12:00' },
    ],
  );
  const [save, saving] = useMutation(SaveBookingResourceDocument);
  const setRule = (index: number, change: Partial<(typeof rules)[number]>) =>
    setRules(rules.map((r, i) => (i === index ? { ...r, ...change } : r)));
  return (
    <SettingsForm
      save={() =>
        save({
          variables: {
            communityId,
            id: existing?.id,
            input: { name, kind: kind as 'staff', rules },
          },
        })
      }
      onSaved={() => {
        if (!existing) setName('');
        onSaved();
      }}
    >
      <TextField
        id={`${idp}-name`}
        label={t('settings.resourceName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <RadioGroup
        id={`${idp}-kind`}
        name={`${idp}-kind`}
        legend={t('settings.resourceKind')}
        options={(['staff', 'room', 'partner'] as const).map((k) => ({
          value: k,
          label: t(`settings.kind.${k}`),
        }))}
        value={kind}
        onChange={setKind}
      />
      <fieldset className="pal-fieldset">
        <legend>{t('settings.rules')}</legend>
        <p className="booking-muted">{t('settings.rulesHint')}</p>
        {rules.map((rule, index) => (
          <div key={index} className="booking-rule">
            <Select
              id={`${idp}-rule-${index}-weekday`}
              label={t('settings.weekday')}
              value={String(rule.weekday)}
              onChange={(e) => setRule(index, { weekday: Number(e.target.value) })}
              options={WEEKDAYS.map((d) => ({ value: String(d), label: weekdayName(d, locale) }))}
            />
            <TextField
              id={`${idp}-rule-${index}-starts`}
              label={t('settings.starts')}
              value={rule.starts}
              onChange={(e) => setRule(index, { starts: e.target.value })}
            />
            <TextField
              id={`${idp}-rule-${index}-ends`}
              label={t('settings.ends')}
              value={rule.ends}
              onChange={(e) => setRule(index, { ends: e.target.value })}
            />
            <Button
              variant="secondary"
              icon="trash"
              onClick={() => setRules(rules.filter((_, i) => i !== index))}
            >
              {t('settings.removeRule')}
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          icon="plus"
          onClick={() => setRules([...rules, { weekday: 2, starts: '14:00', ends: '17:00' }])}
        >
          {t('settings.addRule')}
        </Button>
      </fieldset>
      <Button type="submit" icon="check" disabled={saving.loading}>
        {existing ? t('settings.saveChanges') : t('settings.saveResource')}
      </Button>
    </SettingsForm>
  );
}

/** The text fields of the service form, as typed (numbers too), from a service or the defaults. */
function serviceFields(existing?: ServiceRow) {
  return {
    name: existing?.name ?? '',
    description: existing?.description ?? '',
    whatToBring: existing?.whatToBring ?? '',
    duration: String(existing?.durationMinutes ?? 30),
    bufferBefore: String(existing?.bufferBeforeMinutes ?? 0),
    bufferAfter: String(existing?.bufferAfterMinutes ?? 0),
    minNoticeHours: String((existing?.minNoticeMinutes ?? 60) / 60),
    horizonDays: String(existing?.maxHorizonDays ?? 60),
    maxPerWeek: existing?.maxPerWeek ? String(existing.maxPerWeek) : '',
  };
}
type ServiceFields = ReturnType<typeof serviceFields>;

/** What cannot be read as a number is sent as -1: the API refuses it with its own words. */
function whole(value: string): number {
  const n = Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : -1;
}

/** A service: a new one, or `existing` to change it (every setting is shown, none is lost). */
function ServiceForm({
  communityId,
  resources,
  existing,
  onSaved,
}: {
  communityId: string;
  resources: { id: string; name: string }[];
  existing?: ServiceRow;
  onSaved: () => void;
}) {
  const { t } = useTranslation('booking');
  const idp = existing ? `service-${existing.id}` : 'service';
  const [fields, setFields] = useState(() => serviceFields(existing));
  const [options, setOptions] = useState<string[]>(
    existing
      ? [
          ...(existing.requiresConfirmation ? ['requiresConfirmation'] : []),
          ...(existing.shownOnSas ? ['shownOnSas'] : []),
        ]
      : ['shownOnSas'],
  );
  const [resourceIds, setResourceIds] = useState<string[]>(existing?.resourceIds ?? []);
  const [save, saving] = useMutation(SaveBookingServiceDocument);
  const field = (
    key: keyof ServiceFields,
    label: string,
    more: { hint?: string; inputMode?: 'numeric' | 'decimal' } = {},
  ) => (
    <TextField
      id={`${idp}-${key}`}
      label={label}
      value={fields[key]}
      onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      {...more}
    />
  );
  return (
    <SettingsForm
      save={() =>
        save({
          variables: {
            communityId,
            id: existing?.id,
            input: {
              name: fields.name,
              description: fields.description,
              whatToBring: fields.whatToBring,
              durationMinutes: Number(fields.duration) || 0,
              bufferBeforeMinutes: whole(fields.bufferBefore),
              bufferAfterMinutes: whole(fields.bufferAfter),
              minNoticeMinutes: Math.round(whole(fields.minNoticeHours) * 60),
              maxHorizonDays: whole(fields.horizonDays),
              maxPerWeek: fields.maxPerWeek ? Number(fields.maxPerWeek) : null,
              requiresConfirmation: options.includes('requiresConfirmation'),
              shownOnSas: options.includes('shownOnSas'),
              resourceIds,
            },
          },
        })
      }
      onSaved={() => {
        if (!existing) setFields({ ...fields, name: '' });
        onSaved();
      }}
    >
      {field('name', t('settings.serviceName'))}
      <TextArea
        id={`${idp}-description`}
        label={t('settings.description')}
        rows={3}
        value={fields.description}
        onChange={(e) => setFields({ ...fields, description: e.target.value })}
      />
      {field('whatToBring', t('settings.whatToBring'))}
      {field('duration', t('settings.duration'), { inputMode: 'numeric' })}
      {field('bufferBefore', t('settings.bufferBefore'), {
        hint: t('settings.bufferHint'),
        inputMode: 'numeric',
      })}
      {field('bufferAfter', t('settings.bufferAfter'), { inputMode: 'numeric' })}
      {field('minNoticeHours', t('settings.minNotice'), {
        hint: t('settings.minNoticeHint'),
        inputMode: 'decimal',
      })}
      {field('horizonDays', t('settings.horizon'), { inputMode: 'numeric' })}
      {field('maxPerWeek', t('settings.maxPerWeek'), {
        hint: t('settings.maxPerWeekHint'),
        inputMode: 'numeric',
      })}
      <CheckboxGroup
        id={`${idp}-resources`}
        name={`${idp}-resources`}
        legend={t('settings.deliveredBy')}
        options={resources.map((r) => ({ value: r.id, label: r.name }))}
        value={resourceIds}
        onChange={setResourceIds}
      />
      <CheckboxGroup
        id={`${idp}-options`}
        name={`${idp}-options`}
        legend={t('settings.options')}
        options={[
          { value: 'requiresConfirmation', label: t('settings.requiresConfirmation') },
          { value: 'shownOnSas', label: t('settings.shownOnSas') },
        ]}
        value={options}
        onChange={setOptions}
      />
      <Button type="submit" icon="check" disabled={saving.loading}>
        {existing ? t('settings.saveChanges') : t('settings.saveService')}
      </Button>
    </SettingsForm>
  );
}

function ClosedDayForm({
  communityId,
  resources,
  onSaved,
}: {
  communityId: string;
  resources: { id: string; name: string }[];
  onSaved: () => void;
}) {
  const { t } = useTranslation('booking');
  const [resourceId, setResourceId] = useState(resources[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [add, adding] = useMutation(AddBookingExceptionDocument);
  return (
    <SettingsForm
      save={() =>
        add({ variables: { communityId, input: { resourceId, date, kind: 'closed', label } } })
      }
      onSaved={onSaved}
    >
      <Select
        id="closed-resource"
        label={t('settings.who')}
        value={resourceId}
        onChange={(e) => setResourceId(e.target.value)}
        options={resources.map((r) => ({ value: r.id, label: r.name }))}
      />
      <TextField
        id="closed-date"
        type="date"
        label={t('settings.date')}
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      <TextField
        id="closed-label"
        label={t('settings.why')}
        value={label}
        onChange={(e) => setLabel(e.target.value)}
      />
      <Button type="submit" icon="plus" disabled={adding.loading}>
        {t('settings.addClosedDay')}
      </Button>
    </SettingsForm>
  );
}

function Settings({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  const communityId = membership.community.id;
  const { data, error, refetch } = useQuery(BookingSettingsDocument, {
    variables: { communityId },
  });
  const [remove] = useMutation(RemoveBookingExceptionDocument);
  const reload = () => void refetch();
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!data)
    return (
      <LoadingRegion label={t('settings.title')}>
        <Skeleton lines={6} />
      </LoadingRegion>
    );
  const resources = data.bookingResources;
  return (
    <BookingFrame title={t('settings.title')} lead={<p>{t('settings.lead')}</p>}>
      <Card as="section" aria-labelledby="settings-resources">
        <h2 id="settings-resources">{t('settings.resources')}</h2>
        <ul className="booking-list">
          {resources.map((r) => (
            <li key={r.id}>
              <p>
                <strong>{r.name}</strong> ({t(`settings.kind.${r.kind}`)}) —{' '}
                {r.rules
                  .map((rule) => `${weekdayName(rule.weekday, locale)} ${rule.starts}–${rule.ends}`)
                  .join(', ')}
              </p>
              <details className="booking-edit">
                <summary>{t('settings.edit', { name: r.name })}</summary>
                <ResourceForm communityId={communityId} existing={r} onSaved={reload} />
              </details>
              {r.exceptions.map((e) => (
                <p key={e.id} className="booking-muted">
                  {t('settings.closedOn', { date: dayInWords(e.date, locale) })} {e.label}{' '}
                  <Button
                    variant="secondary"
                    icon="trash"
                    onClick={() =>
                      void remove({ variables: { communityId, id: e.id } }).then(reload)
                    }
                  >
                    {t('settings.removeClosedDay')}
                  </Button>
                </p>
              ))}
            </li>
          ))}
        </ul>
        <h3>{t('settings.newResource')}</h3>
        <div data-testid="new-resource">
          <ResourceForm communityId={communityId} onSaved={reload} />
        </div>
      </Card>
      {resources.length > 0 && (
        <Card as="section" aria-labelledby="settings-closed">
          <h2 id="settings-closed">{t('settings.closedDays')}</h2>
          <p className="booking-muted">{t('settings.closedDaysHint')}</p>
          <ClosedDayForm communityId={communityId} resources={resources} onSaved={reload} />
        </Card>
      )}
      <Card as="section" aria-labelledby="settings-services">
        <h2 id="settings-services">{t('settings.services')}</h2>
        <ul className="booking-list">
          {data.bookingServices.map((s) => (
            <li key={s.id}>
              <p>
                <strong lang="fr">{s.name}</strong> —{' '}
                {t('services.duration', { minutes: s.durationMinutes })}
              </p>
              <details className="booking-edit">
                <summary>{t('settings.edit', { name: s.name })}</summary>
                <ServiceForm
                  communityId={communityId}
                  resources={resources}
                  existing={s}
                  onSaved={reload}
                />
              </details>
            </li>
          ))}
        </ul>
        <h3>{t('settings.newService')}</h3>
        <div data-testid="new-service">
          <ServiceForm communityId={communityId} resources={resources} onSaved={reload} />
        </div>
      </Card>
    </BookingFrame>
  );
}

/** `/c/:slug/agenda/reglages`: the admin's services, people and rooms, weekly rules, closed days. */
export function BookingSettingsPage() {
  return (
    <BookingArea roles={['admin']}>
      {(membership) => <Settings membership={membership} />}
    </BookingArea>
  );
}
