import { useQuery } from '@apollo/client/react';
import { errorCodeOf, SasDocumentsDocument } from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG, LoadError, NotFoundPage, useDocumentTitle } from '@palier/web-session';
import { Card, PageLayout } from '@palier/web-ui';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../common/back-button';
import { CentreText } from '../common/centre-text';
import { PageSkeleton } from '../common/page-skeleton';
import { WrittenInFrench } from '../common/written-in-french';

export type DocumentKindName = 'charter' | 'privacy_notice';

/** `/c/:slug/charte` and `/c/:slug/confidentialite`: the summary first, then the full text. */
export function DocumentPage({ kind }: { kind: DocumentKindName }) {
  const { t } = useTranslation('identity');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(SasDocumentsDocument, { variables: { slug } });
  const community = data?.community;
  const document = community && (kind === 'charter' ? community.charter : community.privacyNotice);
  const title = t(kind === 'charter' ? 'documents.charterTitle' : 'documents.privacyTitle');
  const code = error ? errorCodeOf(error) : undefined;
  useDocumentTitle(code === 'NOT_FOUND' ? common('notFound.documentTitle') : title);

  if (code === 'NOT_FOUND') return <NotFoundPage reason="community" />;
  if (!community || !document) {
    return (
      <div className="page">
        {error ? (
          <PageLayout title={title}>
            <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
          </PageLayout>
        ) : (
          <PageSkeleton />
        )}
      </div>
    );
  }
  return (
    <div className="page" data-testid={`document-${kind}`}>
      <BackLink to={`/c/${encodeURIComponent(slug)}`}>
        <Trans
          t={t}
          i18nKey="documents.backToSas"
          values={{ name: community.name }}
          components={{ name: <bdi lang={CONTENT_LANG} /> }}
        />
      </BackLink>
      <PageLayout
        title={title}
        lead={
          <p>
            <Trans
              t={t}
              i18nKey="documents.lead"
              values={{
                name: community.name,
                version: document.version,
                date: formatDateInWords(document.publishedAt, locale, community.timeZone),
              }}
              components={{ name: <bdi lang={CONTENT_LANG} /> }}
            />
          </p>
        }
      >
        <WrittenInFrench />
        <Card as="section" aria-labelledby="document-summary" className="document-summary">
          <h2 id="document-summary">{t('documents.summaryTitle')}</h2>
          <CentreText text={document.summary} />
        </Card>
        <section aria-labelledby="document-body" className="document-body">
          <h2 id="document-body">{t('documents.bodyTitle')}</h2>
          <CentreText text={document.body} className="document-text" />
        </section>
      </PageLayout>
    </div>
  );
}
