import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationReadDocument,
  MyNotificationsDocument,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { RequireSignIn } from '@palier/web-session';
import {
  Alert,
  Button,
  ButtonLink,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
} from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

const TIME_ZONE = 'Europe/Paris';

function NotificationList() {
  const { t } = useTranslation('notifications');
  const { t: tCommon } = useTranslation();
  const { locale } = useLocale();
  const { data, loading, error, fetchMore, refetch } = useQuery(MyNotificationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkNotificationReadDocument, {
    refetchQueries: [MyNotificationsDocument],
  });
  const [markAll] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: [MyNotificationsDocument],
  });
  if (loading && !data) {
    return (
      <LoadingRegion label={tCommon('common.loading')}>
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  }
  if (error && !data) {
    return (
      <Alert
        tone="error"
        action={<Button onClick={() => void refetch()}>{tCommon('common.retry')}</Button>}
      >
        {tCommon('errors.INTERNAL')}
      </Alert>
    );
  }
  const connection = data?.notifications;
  const items = connection?.edges.map((e) => e.node) ?? [];
  if (!items.length) return <p data-testid="notifications-empty">{t('page.empty')}</p>;
  return (
    <>
      {items.some((n) => !n.readAt) && (
        <Button variant="secondary" icon="check" onClick={() => void markAll()}>
          {t('page.markAll')}
        </Button>
      )}
      <ul className="notification-list" data-testid="notification-list">
        {items.map((n) => (
          <li
            key={n.id}
            className={n.readAt ? 'notification' : 'notification notification--unread'}
          >
            {!n.readAt && <strong className="notification__new">{t('page.new')}</strong>}
            <p className="notification__text">{n.text}</p>
            <p className="notification__date">
              {formatDateTimeInWords(n.createdAt, locale, TIME_ZONE, tCommon)}
            </p>
            <Link
              to={n.link}
              onClick={() => !n.readAt && void markRead({ variables: { id: n.id } })}
            >
              {t('page.open')}
            </Link>
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                notifications: {
                  ...fetchMoreResult.notifications,
                  edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
                },
              }),
            })
          }
        >
          {t('page.more')}
        </Button>
      )}
    </>
  );
}

/** /notifications: everything that happened for me, newest first, updated live. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  return (
    <RequireSignIn>
      <PageLayout title={t('page.title')} lead={t('page.lead')}>
        <NotificationList />
        <p>
          <ButtonLink to="/compte/notifications" variant="secondary">
            {t('page.settings')}
          </ButtonLink>
        </p>
      </PageLayout>
    </RequireSignIn>
  );
}
