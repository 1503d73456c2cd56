import { ButtonLink, PageLayout } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** The page shown when a member opens a page their role does not give access to. */
export function AccessDenied({ slug }: { slug: string }) {
  const { t } = useTranslation('session');
  return (
    <PageLayout title={t('accessDenied.title')}>
      <p>{t('accessDenied.text')}</p>
      <ButtonLink to={`/c/${slug}`}>{t('accessDenied.back')}</ButtonLink>
    </PageLayout>
  );
}
