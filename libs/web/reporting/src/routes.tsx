import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';

const ReportingPage = lazy(async () => ({
  default: (await import('./reporting-page')).ReportingPage,
}));

function Page() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <LoadingRegion label={t('common.loading')}>
          <Skeleton shape="heading" />
          <Skeleton lines={3} />
        </LoadingRegion>
      }
    >
      <ReportingPage />
    </Suspense>
  );
}

/** The reporting page, placed by the app inside its shell (a child of the root route). */
export function reportingRoutes() {
  return <Route path="c/:slug/bilan" element={<Page />} />;
}
