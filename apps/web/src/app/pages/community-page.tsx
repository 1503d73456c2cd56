import { useQuery } from '@apollo/client/react';
import {
  CommunityBySlugDocument,
  errorCodeOf,
  type CommunityBySlugQuery,
} from '@palier/web-data-access';
import { Card, Link, LoadingRegion, PageLayout, Skeleton } from '@palier/web-ui';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { CONTENT_LANG } from '../content-language';
import { LoadError } from '../load-error';
import { useDocumentTitle } from '../use-document-title';
import { NotFoundPage } from './not-found-page';
import { OpeningHours } from './opening-hours';

type Community = CommunityBySlugQuery['community'];

function mapUrl(community: Community): string {
  const address = `${community.streetAddress}, ${community.postalCode} ${community.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function CommunityProfile({ community }: { community: Community }) {
  const { t } = useTranslation();
  return (
    <PageLayout
      title={<bdi lang={CONTENT_LANG}>{community.name}</bdi>}
      lead={
        <p lang={CONTENT_LANG} dir="auto">
          {community.presentation}
        </p>
      }
    >
      <div className="community-sections">
        <Card
          as="section"
          aria-labelledby="community-address"
          className="community-sections__address"
          data-testid="community-address"
        >
          <h2 id="community-address">{t('community.addressTitle')}</h2>
          <address className="community-address" lang={CONTENT_LANG} dir="auto">
            {community.streetAddress}
            <br />
            {community.postalCode} {community.city}
          </address>
          <Link href={mapUrl(community)} icon="map-pin">
            {t('community.mapLink')}
          </Link>
        </Card>

        {(community.phone || community.email) && (
          <Card
            as="section"
            aria-labelledby="community-contact"
            className="community-sections__contact"
            data-testid="community-contact"
          >
            <h2 id="community-contact">{t('community.contactTitle')}</h2>
            <ul className="contact-list">
              {community.phone && (
                <li>
                  <Link href={telUrl(community.phone)} icon="phone">
                    <Trans
                      i18nKey="community.call"
                      values={{ phone: community.phone }}
                      components={{ value: <bdi dir="ltr" className="nowrap" /> }}
                    />
                  </Link>
                </li>
              )}
              {community.email && (
                <li>
                  <Link href={`mailto:${community.email}`} icon="mail">
                    <Trans
                      i18nKey="community.write"
                      values={{ email: community.email }}
                      components={{ value: <bdi dir="ltr" /> }}
                    />
                  </Link>
                </li>
              )}
            </ul>
          </Card>
        )}

        <Card
          as="section"
          aria-labelledby="community-hours"
          className="community-sections__hours"
          data-testid="community-hours"
        >
          <h2 id="community-hours">{t('community.hoursTitle')}</h2>
          <OpeningHours periods={community.openingHours} timeZone={community.timeZone} />
        </Card>

        <Card
          as="section"
          aria-labelledby="community-charter"
          className="community-sections__charter"
          data-testid="community-charter"
        >
          <h2 id="community-charter">{t('community.charterTitle')}</h2>
          <p className="muted">{t('community.charterIntro')}</p>
          <div className="charter" lang={CONTENT_LANG} dir="auto">
            {community.charter.body}
          </div>
        </Card>
      </div>
    </PageLayout>
  );
}

function CommunitySkeleton() {
  const { t } = useTranslation();
  return (
    <LoadingRegion label={t('common.loading')}>
      <Skeleton shape="heading" />
      <Skeleton lines={2} />
      <div className="community-sections">
        <Skeleton shape="block" />
        <Skeleton shape="block" />
      </div>
    </LoadingRegion>
  );
}

/** `/c/:slug`: the public page of one community (its virtual reception, for now its profile). */
export function CommunityPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CommunityBySlugDocument, {
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

  if (code === 'NOT_FOUND') return <NotFoundPage reason="community" />;

  let content;
  if (community) {
    content = <CommunityProfile community={community} />;
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
    content = <CommunitySkeleton />;
  }
  return <div className="page">{content}</div>;
}
