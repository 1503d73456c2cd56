import { useQuery } from '@apollo/client/react';
import { OurOffersDocument, type OurOffersQuery } from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { StaffFrame, StaffArea } from '@palier/web-staff';
import { ButtonLink, Card, LoadingRegion, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { OfferFacts } from './offer-parts';
import { LEADER_ROLES, TEAM_ROLES } from './sharing-frame';
import { useLiveRemaining } from './use-live-remaining';

type Offer = OurOffersQuery['ourOffers'][number];

/** Who an offer goes to, in words. */
export function AudienceLine({ offer }: { offer: Pick<Offer, 'allPartners' | 'audience'> }) {
  const { t } = useTranslation('sharing');
  const names = offer.audience.map((a) => a.name).join(', ');
  return (
    <p className="sharing-muted">
      {offer.allPartners
        ? t('team.audienceAll')
        : t('team.audience', { names, interpolation: { escapeValue: false } })}
    </p>
  );
}

function OurOffers({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const { id: communityId, slug, timeZone } = membership.community;
  const base = `/c/${encodeURIComponent(slug)}`;
  useLiveRemaining(communityId);
  const { data, error, refetch } = useQuery(OurOffersDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <StaffFrame membership={membership} title={t('team.title')} lead={<p>{t('team.lead')}</p>}>
      <div className="sharing-actions">
        <ButtonLink to={`${base}/offres/nouvelle`} icon="plus">
          {t('team.publish')}
        </ButtonLink>
        {LEADER_ROLES.includes(membership.role) && (
          <ButtonLink to={`${base}/partenariats`} variant="secondary" icon="users">
            {t('team.partnerships')}
          </ButtonLink>
        )}
      </div>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingRegion label={t('team.title')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : data.ourOffers.length === 0 ? (
        <p>{t('team.empty')}</p>
      ) : (
        <ul className="sharing-offers">
          {data.ourOffers.map((o) => (
            <Card as="li" key={o.id} className="sharing-offer" data-testid="our-offer">
              <h2 lang="fr" dir="auto">
                {o.title}
              </h2>
              <OfferFacts offer={o} timeZone={timeZone} />
              <AudienceLine offer={o} />
              {o.withdrawn && <p className="sharing-tag">{t('team.withdrawn')}</p>}
              {o.hidden && <p className="sharing-tag">{t('team.hidden')}</p>}
              <p>{t('team.toHandOver', { count: o.toHandOver })}</p>
              <ButtonLink
                to={`${base}/offres/${o.id}`}
                variant="secondary"
                icon="arrow-forward"
                aria-label={`${t('team.manage')} — ${o.title}`}
              >
                {t('team.manage')}
              </ButtonLink>
            </Card>
          ))}
        </ul>
      )}
    </StaffFrame>
  );
}

/** `/c/:slug/offres`: the team's offers to partners and what is left to hand over. */
export function OurOffersPage() {
  return (
    <StaffArea roles={TEAM_ROLES}>
      {(membership) => <OurOffers membership={membership} />}
    </StaffArea>
  );
}
