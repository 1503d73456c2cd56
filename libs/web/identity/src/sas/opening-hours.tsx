import { describeOpeningWeek, useLocale, type OpeningPeriodInput } from '@palier/web-i18n';
import { useTranslation } from 'react-i18next';

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Today's ISO weekday in the community's time zone (undefined if the zone is unknown). */
function todayIn(timeZone: string): number | undefined {
  try {
    const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone }).format(new Date());
    const index = SHORT_WEEKDAYS.indexOf(day);
    return index >= 0 ? index + 1 : undefined;
  } catch {
    return undefined;
  }
}

export interface OpeningHoursProps {
  periods: readonly OpeningPeriodInput[];
  timeZone: string;
}

/** The week, day by day, in words: "lundi : de 13 h 30 à 18 h", "dimanche : fermé". */
export function OpeningHours({ periods, timeZone }: OpeningHoursProps) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  if (periods.length === 0) return <p>{t('sas.hoursEmpty')}</p>;
  const today = todayIn(timeZone);
  return (
    <ul className="opening-hours" data-testid="opening-hours">
      {describeOpeningWeek(periods, locale, common).map((day) => (
        <li
          key={day.weekday}
          className={
            day.open ? 'opening-hours__day' : 'opening-hours__day opening-hours__day--closed'
          }
          aria-current={day.weekday === today ? 'date' : undefined}
        >
          <span className="opening-hours__text">{day.text}</span>
          {day.weekday === today && <span className="opening-hours__today">{t('sas.today')}</span>}
        </li>
      ))}
    </ul>
  );
}
