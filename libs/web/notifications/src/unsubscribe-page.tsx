import { useMutation } from '@apollo/client/react';
import { UnsubscribeDocument } from '@palier/web-data-access';
import { Alert, Button, ButtonLink, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** /desabonnement?jeton=…: the unsubscribe link of an email, confirmed with one button. */
export function UnsubscribePage() {
  const { t } = useTranslation('notifications');
  const [params] = useSearchParams();
  const token = params.get('jeton') ?? '';
  const [unsubscribe, { data, error, loading }] = useMutation(UnsubscribeDocument);
  return (
    <PageLayout title={t('unsubscribe.title')} lead={data ? undefined : t('unsubscribe.lead')}>
      {data ? (
        <Alert tone="success">{t('unsubscribe.done')}</Alert>
      ) : error || !token ? (
        <Alert
          tone="error"
          action={<ButtonLink to="/compte/notifications">{t('unsubscribe.settings')}</ButtonLink>}
        >
          {t('unsubscribe.invalid')}
        </Alert>
      ) : (
        <Button
          disabled={loading}
          onClick={() => void unsubscribe({ variables: { token } }).catch(() => undefined)}
        >
          {t('unsubscribe.confirm')}
        </Button>
      )}
    </PageLayout>
  );
}
