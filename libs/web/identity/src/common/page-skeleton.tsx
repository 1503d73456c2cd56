import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/** A page that is loading: the shape of a title and of a few lines. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <LoadingRegion label={t('common.loading')}>
      <Skeleton shape="heading" />
      <Skeleton lines={3} />
      <Skeleton shape="block" />
    </LoadingRegion>
  );
}
