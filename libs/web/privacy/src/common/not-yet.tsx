import { LoadError } from '@palier/web-session';
import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

/**
 * What a part of a page shows while its data is not there yet: grey lines, or what went wrong
 * with "Réessayer".
 */
export function NotYet({
  error,
  retry,
  lines = 3,
}: {
  error: unknown;
  retry: () => Promise<unknown>;
  lines?: number;
}) {
  const { t } = useTranslation();
  if (error) return <LoadError error={error} onRetry={() => void retry().catch(() => undefined)} />;
  return (
    <LoadingRegion label={t('common.loading')}>
      <Skeleton lines={lines} />
    </LoadingRegion>
  );
}
