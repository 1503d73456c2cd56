import { useQuery } from '@apollo/client/react';
import {
  BookingServicesDocument,
  MyAppointmentsDocument,
  type BookingServicesQuery,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { ButtonLink, Card, LoadingRegion, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { AppointmentItem } from './appointment-item';
import { BookingArea, BookingFrame } from './booking-frame';

type Service = BookingServicesQuery['bookingServices'][number];

function ServiceCard({ service, slug }: { service: Service; slug: string }) {
  const { t } = useTranslation('booking');
  return (
    <Card as="li" className="booking-service" data-testid="booking-service">
      <h3 lang="fr">{service.name}</h3>
      {service.description && <p lang="fr">{service.description}</p>}
      <p className="booking-muted">
        {t('services.duration', { minutes: service.durationMinutes })}
      </p>
      {service.whatToBring && (
        <p className="booking-muted">
          {t('services.bring', {
            what: service.whatToBring,
            interpolation: { escapeValue: false },
          })}
        </p>
      )}
      <ButtonLink
        to={`/c/${encodeURIComponent(slug)}/rendez-vous/service/${service.id}`}
        icon="calendar"
        aria-label={`${t('services.choose')} — ${service.name}`}
      >
        {t('services.choose')}
      </ButtonLink>
    </Card>
  );
}

function Services({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('booking');
  const { id: communityId, slug, timeZone } = membership.community;
  const services = useQuery(BookingServicesDocument, { variables: { communityId } });
  const mine = useQuery(MyAppointmentsDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <BookingFrame title={t('services.title')} lead={<p>{t('services.lead')}</p>}>
      {services.error ? (
        <LoadError error={services.error} onRetry={() => void services.refetch()} />
      ) : !services.data ? (
        <LoadingRegion label={t('services.title')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : services.data.bookingServices.length === 0 ? (
        <p>{t('services.empty')}</p>
      ) : (
        <ul className="booking-services">
          {services.data.bookingServices.map((s) => (
            <ServiceCard key={s.id} service={s} slug={slug} />
          ))}
        </ul>
      )}
      <section aria-labelledby="my-appointments" className="booking-section">
        <h2 id="my-appointments">{t('services.mine')}</h2>
        {mine.data && mine.data.myAppointments.length === 0 && <p>{t('services.mineEmpty')}</p>}
        {mine.data && mine.data.myAppointments.length > 0 && (
          <ul className="booking-list">
            {mine.data.myAppointments.map((a) => (
              <AppointmentItem key={a.id} appointment={a} slug={slug} timeZone={timeZone} />
            ))}
          </ul>
        )}
      </section>
    </BookingFrame>
  );
}

/** `/c/:slug/rendez-vous`: the services one can book, and my appointments. */
export function ServicesPage() {
  return <BookingArea>{(membership) => <Services membership={membership} />}</BookingArea>;
}
