import { useQuery } from '@apollo/client/react';
import { CommunitiesDocument, type CommunityCardFragment } from '@palier/web-data-access';
import {
  Card,
  Icon,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
  VisuallyHidden,
} from '@palier/web-ui';
import { CONTENT_LANG, LoadError, useDocumentTitle } from '@palier/web-session';
import { Trans, useTranslation } from 'react-i18next';

function CommunityCard({ community }: { community: CommunityCardFragment }) {
  const { t } = useTranslation();
  return (
    <Card as="li" className="community-card" data-testid="community-card">
      <h2 className="community-card__name">
        <bdi lang={CONTENT_LANG}>{community.name}</bdi>
      </h2>
      <p className="community-card__city">
        <Icon name="map-pin" />
        <span>
          <VisuallyHidden>{t('home.cityLabel')} </VisuallyHidden>
          <bdi lang={CONTENT_LANG}>{community.city}</bdi>
        </span>
      </p>
      <p className="community-card__presentation" lang={CONTENT_LANG} dir="auto">
        {community.presentation}
      </p>
      <Link
        to={`/c/${encodeURIComponent(community.slug)}`}
        icon="arrow-forward"
        iconAfter
        className="community-card__enter"
      >
        <Trans
          i18nKey="home.enter"
          values={{ name: community.name }}
          components={{ name: <bdi lang={CONTENT_LANG} /> }}
        />
      </Link>
    </Card>
  );
}

function CommunitiesSkeleton() {
  const { t } = useTranslation();
  return (
    <LoadingRegion label={t('common.loading')}>
      <div className="community-list">
        {[1, 2].map((key) => (
          <div key={key} className="pal-card">
            <Skeleton shape="heading" />
            <Skeleton lines={3} />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

/** `/`: the communities hosted on this server, one card each. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.documentTitle'));
  const { data, loading, error, refetch } = useQuery(CommunitiesDocument);

  let content;
  if (error && !data) {
    content = <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  } else if (loading || !data) {
    content = <CommunitiesSkeleton />;
  } else if (data.communities.length === 0) {
    content = (
      <Card as="div" className="empty-state" data-testid="communities-empty">
        <h2>{t('home.emptyTitle')}</h2>
        <p>{t('home.emptyText')}</p>
      </Card>
    );
  } else {
    content = (
      <ul className="community-list" aria-label={t('home.listTitle')} data-testid="community-list">
        {data.communities.map((community) => (
          <CommunityCard key={community.id} community={community} />
        ))}
      </ul>
    );
  }

  return (
    <div className="page page--wide">
      <PageLayout title={t('home.title')} lead={<p>{t('home.intro')}</p>}>
        {content}
      </PageLayout>
    </div>
  );
}
