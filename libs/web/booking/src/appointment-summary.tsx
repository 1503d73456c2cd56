import { useLocale } from '@palier/web-i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { whenInWords } from './booking-dates';

export interface AppointmentSummaryProps {
  serviceName: string;
  startsAt: string;
  timeZone: string;
  /** The person it is for (desk bookings, the slip). */
  forName?: string | null;
  /** "La Passerelle, 12 allée des Tilleuls, 93420 Villepinte". */
  where?: string | null;
  withWhom?: string | null;
  whatToBring?: string | null;
  whenTestId?: string;
  /** More rows (dt/dd pairs). */
  children?: ReactNode;
}

/** What, when (in words), where, with whom, what to bring: the facts of one appointment. */
export function AppointmentSummary({
  serviceName,
  startsAt,
  timeZone,
  forName,
  where,
  withWhom,
  whatToBring,
  whenTestId,
  children,
}: AppointmentSummaryProps) {
  const { t } = useTranslation('booking');
  const { locale } = useLocale();
  const rows: [string, ReactNode, string?][] = [
    ...(forName ? [[t('slip.for'), forName] as [string, ReactNode]] : []),
    [t('confirm.service'), <bdi lang="fr">{serviceName}</bdi>],
    [t('confirm.when'), whenInWords(startsAt, locale, timeZone), whenTestId],
    ...(where ? [[t('confirm.where'), <bdi lang="fr">{where}</bdi>] as [string, ReactNode]] : []),
    ...(withWhom
      ? [[t('appointment.withWhom'), <bdi lang="fr">{withWhom}</bdi>] as [string, ReactNode]]
      : []),
    ...(whatToBring
      ? [[t('appointment.bring'), <bdi lang="fr">{whatToBring}</bdi>] as [string, ReactNode]]
      : []),
  ];
  return (
    <dl className="booking-summary">
      {rows.map(([label, value, testId]) => (
        <div key={label} className="booking-summary__row">
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
      {children}
    </dl>
  );
}
