import { CONTENT_LANG } from '@palier/web-session';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { Trans, useTranslation } from 'react-i18next';

export interface ClosureItem {
  id: string;
  startsOn: string;
  endsOn: string;
  label: string;
}

/** A local date "YYYY-MM-DD" as a day in words ("mercredi 24 décembre"). */
function dayInWords(day: string, locale: Parameters<typeof formatDateInWords>[1]): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  // Noon UTC, read in UTC: the same calendar day whatever the time zone.
  return formatDateInWords(new Date(Date.UTC(year, month - 1, date, 12)), locale, 'UTC');
}

/** The exceptional closures to come, in words: "Fermé du … au … : Vacances de Noël". */
export function ClosuresList({ closures }: { closures: readonly ClosureItem[] }) {
  const { t } = useTranslation('identity');
  const { locale } = useLocale();
  if (closures.length === 0) return <p>{t('sas.closuresEmpty')}</p>;
  const label = <bdi lang={CONTENT_LANG} />;
  return (
    <ul className="closures" data-testid="closures">
      {closures.map((closure) => (
        <li key={closure.id}>
          {closure.startsOn === closure.endsOn ? (
            <Trans
              t={t}
              i18nKey="sas.closureDay"
              values={{ day: dayInWords(closure.startsOn, locale), label: closure.label }}
              components={{ label }}
            />
          ) : (
            <Trans
              t={t}
              i18nKey="sas.closureRange"
              values={{
                from: dayInWords(closure.startsOn, locale),
                to: dayInWords(closure.endsOn, locale),
                label: closure.label,
              }}
              components={{ label }}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
