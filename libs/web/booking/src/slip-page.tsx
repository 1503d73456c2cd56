import { useQuery } from '@apollo/client/react';
import { AppointmentDocument } from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { Button, Link, LoadingRegion, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AppointmentSummary } from './appointment-summary';
import { BookingArea, BookingFrame } from './booking-frame';
import { useBookingCommunity } from './use-booking-community';

function Slip({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { id = '' } = useParams();
  const { id: communityId, slug, timeZone } = membership.community;
  const community = useBookingCommunity(slug);
  const { data, error, refetch } = useQuery(AppointmentDocument, {
    variables: { communityId, id },
  });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const a = data?.appointment;
  if (!a || !community)
    return (
      <LoadingRegion label={t('slip.title')}>
        <Skeleton lines={5} />
      </LoadingRegion>
    );
  return (
    <BookingFrame title={t('slip.title')} className="booking-print">
      <div className="booking-slip" data-testid="appointment-slip">
        <p className="booking-slip__community" lang="fr">
          {community.name}
          <br />
          {community.address}
        </p>
        <AppointmentSummary
          serviceName={a.serviceName}
          startsAt={a.startsAt}
          timeZone={timeZone}
          forName={a.residentName}
          withWhom={a.resourceName}
          whatToBring={a.whatToBring}
        />
        <p className="booking-code">{t('appointment.code', { code: a.code })}</p>
        <p>{t('slip.keep')}</p>
      </div>
      <div className="booking-actions booking-no-print">
        <Button icon="book" onClick={() => window.print()} data-testid="print-slip">
          {t('slip.print')}
        </Button>
        <Link to={`/c/${encodeURIComponent(slug)}/rendez-vous/${a.id}`} icon="arrow-back">
          {t('appointment.title')}
        </Link>
      </div>
    </BookingFrame>
  );
}

/** `/c/:slug/rendez-vous/:id/fiche`: the slip to print (a resident without email keeps it). */
export function SlipPage() {
  return <BookingArea>{(membership) => <Slip membership={membership} />}</BookingArea>;
}
