import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '@palier/web-data-access';
import { Icon, Link } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** The bell in the header: a link to my notifications with the unread count, kept live. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { data } = useQuery(UnreadNotificationCountDocument);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link to="/notifications" className="notification-bell" data-testid="notification-bell">
      <Icon name="bell" />
      <span>{t('bell.label')}</span>
      {count > 0 && (
        <span className="notification-bell__count" data-testid="notification-count">
          {t('bell.unread', { count })}
        </span>
      )}
    </Link>
  );
}
