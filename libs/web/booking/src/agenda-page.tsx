import { useMutation, useQuery } from '@apollo/client/react';
import {
  BookingAgendaDocument,
  SendAppointmentReminderDocument,
  SetAppointmentAttendanceDocument,
  type AppointmentFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import { Button, ButtonLink, LoadingRegion, RadioGroup, Select, Skeleton } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingArea, BookingFrame, TEAM_ROLES } from './booking-frame';
import { addDays, clockTime, dayInWords, localDate, mondayOf } from './booking-dates';

function AgendaItem({
  appointment: a,
  communityId,
  timeZone,
}: {
  appointment: AppointmentFieldsFragment;
  communityId: string;
  timeZone: string;
}) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  const [mark, marking] = useMutation(SetAppointmentAttendanceDocument);
  const [remind, reminding] = useMutation(SendAppointmentReminderDocument);
  const [reminded, setReminded] = useState(false);
  const active = a.status !== 'cancelled';
  return (
    <li className="booking-agenda-item" data-testid="agenda-item">
      <p className="booking-agenda-item__time">
        <strong>{clockTime(a.startsAt, locale, timeZone)}</strong> —{' '}
        <bdi lang="fr">{a.serviceName}</bdi> · <bdi lang="fr">{a.resourceName}</bdi>
      </p>
      <p>
        {t('agenda.resident')} : <bdi>{a.residentName}</bdi>
        {a.residentHasEmail === false && <> ({t('agenda.noEmail')})</>} —{' '}
        {t(`appointment.status.${a.status}`)}
        {a.attendance && <> — {t(`appointment.attendance.${a.attendance}`)}</>}
      </p>
      {a.note && (
        <p className="booking-note">
          {t('agenda.note')} : {a.note}
        </p>
      )}
      {active && (
        <div className="booking-actions booking-no-print">
          <Button
            variant="secondary"
            icon="check"
            disabled={marking.loading}
            onClick={() =>
              void mark({ variables: { communityId, id: a.id, attendance: 'arrived' } })
            }
          >
            {t('agenda.arrived')}
          </Button>
          <Button
            variant="secondary"
            icon="close"
            disabled={marking.loading}
            onClick={() =>
              void mark({ variables: { communityId, id: a.id, attendance: 'no_show' } })
            }
          >
            {t('agenda.noShow')}
          </Button>
          <Button
            variant="secondary"
            icon="bell"
            disabled={reminding.loading}
            onClick={() =>
              void remind({ variables: { communityId, id: a.id } }).then(() => setReminded(true))
            }
          >
            {t('agenda.remind')}
          </Button>
          {reminded && <span role="status">{t('agenda.reminded')}</span>}
        </div>
      )}
    </li>
  );
}

function Agenda({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  const { id: communityId, slug, timeZone } = membership.community;
  const today = localDate(new Date(), timeZone);
  const [view, setView] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState(today);
  const [resourceId, setResourceId] = useState('');
  const from = view === 'day' ? date : mondayOf(date);
  const to = view === 'day' ? date : addDays(from, 6);
  const { data, error, refetch } = useQuery(BookingAgendaDocument, {
    variables: { communityId, from, to, resourceId: resourceId || null },
    fetchPolicy: 'cache-and-network',
  });
  const step = view === 'day' ? 1 : 7;
  const days = Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(from, i));
  const items = data?.bookingAgenda ?? [];
  return (
    <BookingFrame title={t('agenda.title')} className="booking-agenda">
      <div className="booking-actions booking-no-print">
        <ButtonLink icon="user-plus" to={`/c/${encodeURIComponent(slug)}/agenda/reserver`}>
          {t('agenda.book')}
        </ButtonLink>
        {membership.role === 'admin' && (
          <ButtonLink
            variant="secondary"
            icon="settings"
            to={`/c/${encodeURIComponent(slug)}/agenda/reglages`}
          >
            {t('agenda.settings')}
          </ButtonLink>
        )}
        <Button variant="secondary" icon="book" onClick={() => window.print()}>
          {t('agenda.print')}
        </Button>
      </div>
      <div className="booking-filters booking-no-print">
        <RadioGroup
          id="agenda-view"
          name="agenda-view"
          legend={t('agenda.view')}
          options={[
            { value: 'day', label: t('agenda.day') },
            { value: 'week', label: t('agenda.week') },
          ]}
          value={view}
          onChange={(v) => setView(v as 'day' | 'week')}
        />
        <Select
          id="agenda-resource"
          label={t('agenda.resource')}
          value={resourceId}
          onChange={(e) => setResourceId(e.target.value)}
          options={[
            { value: '', label: t('agenda.allResources') },
            ...(data?.bookingResources ?? []).map((r) => ({ value: r.id, label: r.name })),
          ]}
        />
        <div className="booking-actions">
          <Button
            variant="secondary"
            icon="arrow-back"
            onClick={() => setDate(addDays(date, -step))}
          >
            {t('agenda.previous')}
          </Button>
          <Button variant="secondary" onClick={() => setDate(today)}>
            {t('agenda.today')}
          </Button>
          <Button
            variant="secondary"
            icon="arrow-forward"
            onClick={() => setDate(addDays(date, step))}
          >
            {t('agenda.next')}
          </Button>
        </div>
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingRegion label={t('agenda.title')}>
          <Skeleton lines={6} />
        </LoadingRegion>
      ) : (
        days.map((day) => {
          const ofDay = items.filter((a) => localDate(a.startsAt, timeZone) === day);
          return (
            <section key={day} aria-labelledby={`agenda-${day}`} className="booking-section">
              <h2 id={`agenda-${day}`}>{dayInWords(day, locale)}</h2>
              {ofDay.length === 0 ? (
                <p>{t('agenda.empty')}</p>
              ) : (
                <ul className="booking-list">
                  {ofDay.map((a) => (
                    <AgendaItem
                      key={a.id}
                      appointment={a}
                      communityId={communityId}
                      timeZone={timeZone}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </BookingFrame>
  );
}

/** `/c/:slug/agenda`: the team's day or week, per resource or for the whole centre; printable. */
export function AgendaPage() {
  return (
    <BookingArea roles={TEAM_ROLES}>
      {(membership) => <Agenda membership={membership} />}
    </BookingArea>
  );
}
