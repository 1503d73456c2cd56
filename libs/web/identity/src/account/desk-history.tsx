import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG, type MyMembership } from '@palier/web-session';
import { Trans, useTranslation } from 'react-i18next';

export interface DeskActionItem {
  id: string;
  action: string;
  communityName: string;
  staffName: string;
  createdAt: string;
}

const KNOWN = [
  'account_created',
  'activation_code_reissued',
  'appointment_booked',
  'appointment_rescheduled',
] as const;
type KnownAction = (typeof KNOWN)[number];

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
}

/**
 * "Ce que l'accueil a fait pour vous": each thing a staff member did for the person at the desk,
 * with who, where and when — assisted actions are never hidden.
 */
export function DeskHistory({
  actions,
  memberships,
}: {
  actions: readonly DeskActionItem[];
  memberships: readonly MyMembership[];
}) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  if (actions.length === 0) return <p>{t('deskHistory.empty')}</p>;
  return (
    <ul className="desk-history" data-testid="desk-history">
      {actions.map((item) => {
        // The time as the centre's clock showed it.
        const timeZone =
          memberships.find((m) => m.community.name === item.communityName)?.community.timeZone ??
          browserTimeZone();
        const action: KnownAction | 'other' = (KNOWN as readonly string[]).includes(item.action)
          ? (item.action as KnownAction)
          : 'other';
        return (
          <li key={item.id}>
            <Trans
              t={t}
              i18nKey={`deskHistory.${action}`}
              values={{
                staff: item.staffName,
                community: item.communityName,
                date: formatDateTimeInWords(item.createdAt, locale, timeZone, common),
              }}
              components={{ name: <bdi lang={CONTENT_LANG} /> }}
            />
          </li>
        );
      })}
    </ul>
  );
}
