import { useDocumentTitle } from '@palier/web-session';
import { ButtonLink, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/**
 * The access-denied page of libs/web/session (same words), for a page that belongs to no
 * community: the way back leads to the home page.
 */
export function ServerAdminDenied() {
  const { t } = useTranslation('session');
  const { t: tc } = useTranslation();
  useDocumentTitle(t('accessDenied.title'));
  return (
    <div className="page" data-testid="access-denied">
      <PageLayout title={t('accessDenied.title')}>
        <p className="staff-measure">{t('accessDenied.text')}</p>
        <ButtonLink to="/" icon="home">
          {tc('common.backHome')}
        </ButtonLink>
      </PageLayout>
    </div>
  );
}
