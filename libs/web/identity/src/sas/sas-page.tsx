import { useQuery } from '@apollo/client/react';
import { errorCodeOf, SasCommunityDocument } from '@palier/web-data-access';
import { CONTENT_LANG, LoadError, NotFoundPage, useDocumentTitle } from '@palier/web-session';
import { Card, Link, LoadingRegion, PageLayout, Skeleton } from '@palier/web-ui';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { SasCommunityQuery } from '@palier/web-data-access';
import { CentreText } from '../common/centre-text';
import { NewsList } from './news-list';
import { OpeningStatusBanner } from './opening-status-banner';
import { ReceptionSection } from './reception-section';
import { SasShortcuts } from './sas-shortcuts';

type Community = SasCommunityQuery['community'];

/** The members' public posts come in their own file, after the rest of the sas. */
const PublicPosts = lazy(() =>
  import('@palier/web-feed').then((m) => ({ default: m.PublicPosts })),
);

/** Opened at `/c/slug#accueil`: go to that part of the page once it is there. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [ready, hash]);
}

function SasContent({ community }: { community: Community }) {
  const { t } = useTranslation('identity');
  const base = `/c/${encodeURIComponent(community.slug)}`;
  // A partner organisation (a works council, an association) has a light sas: who it is, how to
  // reach it, its documents; no opening banner nor public posts.
  const light = community.kind === 'partner_organisation';
  return (
    <PageLayout
      title={
        <span className="sas-title">
          {community.logoUrl && <img className="sas-title__logo" src={community.logoUrl} alt="" />}
          <bdi lang={CONTENT_LANG}>{community.name}</bdi>
        </span>
      }
      lead={
        <>
          {light && <p data-testid="sas-partner-kind">{t('sas.partnerOrganisation')}</p>}
          <CentreText text={community.presentation} />
        </>
      }
    >
      {!light && (
        <OpeningStatusBanner status={community.openingStatus} timeZone={community.timeZone} />
      )}
      <SasShortcuts slug={community.slug} communityId={community.id} />
      <ReceptionSection community={community} />

      {community.news.length > 0 && (
        <section className="sas-section" aria-labelledby="sas-news">
          <h2 id="sas-news">{t('sas.newsTitle')}</h2>
          <NewsList news={community.news} timeZone={community.timeZone} />
        </section>
      )}

      {!light && (
        <Suspense fallback={null}>
          <PublicPosts
            communityId={community.id}
            slug={community.slug}
            timeZone={community.timeZone}
          />
        </Suspense>
      )}

      <Card as="section" className="sas-section" aria-labelledby="sas-rules">
        <h2 id="sas-rules">{t('sas.rulesTitle')}</h2>
        <p>{t('sas.rulesIntro')}</p>
        <ul className="link-list">
          <li>
            <Link to={`${base}/charte`} icon="book" data-testid="charter-link">
              {t('sas.charterLink')}
            </Link>
          </li>
          <li>
            <Link to={`${base}/confidentialite`} icon="shield" data-testid="privacy-link">
              {t('sas.privacyLink')}
            </Link>
          </li>
        </ul>
      </Card>
    </PageLayout>
  );
}

function SasSkeleton() {
  const { t } = useTranslation();
  return (
    <LoadingRegion label={t('common.loading')}>
      <Skeleton shape="heading" />
      <Skeleton lines={2} />
      <Skeleton shape="block" />
      <Skeleton shape="block" />
    </LoadingRegion>
  );
}

/** `/c/:slug`: the sas, the centre's reception online, readable without an account. */
export function SasPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SasCommunityDocument, {
    variables: { slug },
  });
  const community = data?.community;
  const code = error ? errorCodeOf(error) : undefined;
  // The not-found page sets its own title; a parent's effect would run after it and win.
  useDocumentTitle(
    code === 'NOT_FOUND'
      ? t('notFound.documentTitle')
      : (community?.name ?? (error ? t('common.errorTitle') : t('common.loading'))),
  );
  useScrollToHash(Boolean(community));

  if (code === 'NOT_FOUND') return <NotFoundPage reason="community" />;

  let content;
  if (community) {
    content = <SasContent community={community} />;
  } else if (error) {
    content = (
      <PageLayout title={t('common.errorTitle')}>
        <LoadError
          error={error}
          withTitle={false}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </PageLayout>
    );
  } else if (loading) {
    content = <SasSkeleton />;
  }
  return <div className="page sas">{content}</div>;
}
