import { LoadError } from '@palier/web-session';
import { useQuery } from '@apollo/client/react';
import { RoleChangesDocument } from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** "Historique des rôles": who gave which role to whom, and when, in words; latest first. */
export function RoleHistory({ communityId, timeZone }: { communityId: string; timeZone: string }) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(RoleChangesDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const changes = data?.roleChanges;
  if (error && !changes)
    return <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!changes)
    return loading ? (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton lines={3} />
      </LoadingRegion>
    ) : null;
  if (changes.length === 0)
    return <p data-testid="role-history-empty">{t('members.historyEmpty')}</p>;
  return (
    <ul className="staff-history" data-testid="role-history">
      {changes.map((change) => {
        const values = {
          date: formatDateTimeInWords(change.changedAt, locale, timeZone, tc),
          by: change.changedBy,
          member: change.memberName,
          to: t(`roles.${change.toRole}`),
        };
        return (
          <li key={change.id}>
            {change.fromRole
              ? t('members.historyChange', { ...values, from: t(`roles.${change.fromRole}`) })
              : t('members.historyFirst', values)}
          </li>
        );
      })}
    </ul>
  );
}
