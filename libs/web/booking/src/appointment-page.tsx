import { useMutation, useQuery } from '@apollo/client/react';
import {
  AppointmentDocument,
  CancelAppointmentDocument,
  MyAppointmentsDocument,
  type AppointmentFieldsFragment,
} from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { LoadError, type MyMembership } from '@palier/web-session';
import { Alert, Button, ButtonLink, Dialog, Link, LoadingRegion, Skeleton } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AppointmentSummary } from './appointment-summary';
import { BookingArea, BookingFrame } from './booking-frame';
import { whenInWords } from './booking-dates';
import { useBookingCommunity } from './use-booking-community';

function History({
  history,
  timeZone,
}: {
  history: AppointmentFieldsFragment['history'];
  timeZone: string;
}) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  return (
    <section aria-labelledby="appointment-history" className="booking-section">
      <h2 id="appointment-history">{t('appointment.history')}</h2>
      <ul className="booking-list">
        {history.map((step, index) => (
          <li key={index}>
            {t(`appointment.action.${step.action}` as 'appointment.action.booked', {
              date: whenInWords(step.createdAt, locale, timeZone),
              other: step.otherStartsAt ? whenInWords(step.otherStartsAt, locale, timeZone) : '',
            })}
            {step.atDesk && <> ({t('appointment.atDesk')})</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AppointmentView({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const { id: communityId, slug, timeZone } = membership.community;
  const community = useBookingCommunity(slug);
  const { data, error, refetch } = useQuery(AppointmentDocument, {
    variables: { communityId, id },
    fetchPolicy: 'cache-and-network',
  });
  const [confirming, setConfirming] = useState(false);
  const [cancel, cancelling] = useMutation(CancelAppointmentDocument, {
    refetchQueries: [{ query: MyAppointmentsDocument, variables: { communityId } }],
  });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const a = data?.appointment;
  if (!a)
    return (
      <LoadingRegion label={t('appointment.title')}>
        <Skeleton shape="heading" />
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  const base = `/c/${encodeURIComponent(slug)}/rendez-vous`;
  const upcoming = a.status !== 'cancelled' && new Date(a.startsAt) > new Date();
  return (
    <BookingFrame title={t('appointment.title')}>
      {search.get('nouveau') && a.status !== 'cancelled' && (
        <Alert
          tone="success"
          title={a.status === 'pending' ? t('appointment.pending') : t('appointment.confirmed')}
        />
      )}
      {a.status === 'cancelled' && <Alert tone="info" title={t('appointment.cancelled')} />}
      <AppointmentSummary
        serviceName={a.serviceName}
        startsAt={a.startsAt}
        timeZone={timeZone}
        where={community && `${community.name}, ${community.address}`}
        withWhom={a.resourceName}
        whatToBring={a.whatToBring}
        whenTestId="appointment-when"
      >
        {a.note && (
          <div className="booking-summary__row">
            <dt>{t('appointment.note')}</dt>
            <dd className="booking-note">{a.note}</dd>
          </div>
        )}
        <div className="booking-summary__row">
          <dt>{t('confirm.title')}</dt>
          <dd>
            {t(`appointment.status.${a.status}`)}
            {a.attendance && <> — {t(`appointment.attendance.${a.attendance}`)}</>}
          </dd>
        </div>
      </AppointmentSummary>
      <p className="booking-code" data-testid="appointment-code">
        {t('appointment.code', { code: a.code })}
      </p>
      <div className="booking-actions">
        {upcoming && (
          <a
            className="pal-button pal-button--primary"
            href={`/api/booking/appointments/${a.id}.ics`}
            download
            data-testid="download-ics"
          >
            {t('appointment.ics')}
          </a>
        )}
        {upcoming && (
          <ButtonLink
            variant="secondary"
            icon="clock"
            to={`${base}/service/${a.serviceId}?deplacer=${a.id}`}
          >
            {t('appointment.reschedule')}
          </ButtonLink>
        )}
        {upcoming && (
          <Button variant="secondary" icon="close" onClick={() => setConfirming(true)}>
            {t('appointment.cancel')}
          </Button>
        )}
        <ButtonLink variant="secondary" icon="book" to={`${base}/${a.id}/fiche`}>
          {t('appointment.slip')}
        </ButtonLink>
      </div>
      <History history={a.history} timeZone={timeZone} />
      <p>
        <Link to={base} icon="arrow-back">
          {t('appointment.back')}
        </Link>
      </p>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('appointment.cancel')}
        closeLabel={t('appointment.cancelNo')}
        actions={
          <>
            <Button
              icon="close"
              disabled={cancelling.loading}
              onClick={() =>
                void cancel({ variables: { communityId, id: a.id } }).then(() =>
                  setConfirming(false),
                )
              }
            >
              {t('appointment.cancelYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('appointment.cancelNo')}
            </Button>
          </>
        }
      >
        <p>{t('appointment.cancelConfirm')}</p>
      </Dialog>
    </BookingFrame>
  );
}

/** `/c/:slug/rendez-vous/:id`: an appointment, its calendar file, reschedule and cancel. */
export function AppointmentPage() {
  return <BookingArea>{(membership) => <AppointmentView membership={membership} />}</BookingArea>;
}
