import type { AppointmentFieldsFragment } from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { Link } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { whenInWords } from './booking-dates';

/** One of my appointments in a list: service, date in words, status; opens its page. */
export function AppointmentItem({
  appointment,
  slug,
  timeZone,
}: {
  appointment: AppointmentFieldsFragment;
  slug: string;
  timeZone: string;
}) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  return (
    <li className="booking-item" data-testid="my-appointment">
      <Link to={`/c/${encodeURIComponent(slug)}/rendez-vous/${appointment.id}`} icon="calendar">
        <bdi lang="fr">{appointment.serviceName}</bdi> —{' '}
        {whenInWords(appointment.startsAt, locale, timeZone)}
      </Link>
      <p className="booking-muted">{t(`appointment.status.${appointment.status}`)}</p>
    </li>
  );
}
