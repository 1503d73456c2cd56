import { ButtonLink, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title';

export interface NotFoundPageProps {
  /** 'community': the address looked like a centre's page, but there is no such centre. */
  reason?: 'page' | 'community';
}

/** A friendly dead end, with the way back home. */
export function NotFoundPage({ reason = 'page' }: NotFoundPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <div data-testid="not-found">
      <PageLayout title={t('notFound.title')}>
        <p className="measure">
          {reason === 'community' ? t('notFound.communityText') : t('notFound.text')}
        </p>
        <ButtonLink to="/" icon="home">
          {t('common.backHome')}
        </ButtonLink>
      </PageLayout>
    </div>
  );
}
