import { useQuery } from '@apollo/client/react';
import { PartnerOffersDocument, type PartnerOffersQuery } from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { ButtonLink, Card, LoadingRegion, Skeleton } from '@palier/web-ui';
import { StaffArea } from '@palier/web-staff';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ClaimStatusText, OfferFacts } from './offer-parts';
import { MEMBER_ROLES, SharingFrame } from './sharing-frame';
import { useLiveClaims, useLiveRemaining } from './use-live-remaining';

type Offer = PartnerOffersQuery['partnerOffers'][number];

function OfferCard({ offer, slug, timeZone }: { offer: Offer; slug: string; timeZone: string }) {
  const { t } = useTranslation('sharing');
  return (
    <Card as="li" className="sharing-offer" data-testid="partner-offer">
      <h2 lang="fr" dir="auto">
        {offer.title}
      </h2>
      <p className="sharing-from">
        {t('offers.from', {
          name: offer.offeringCommunityName,
          interpolation: { escapeValue: false },
        })}
      </p>
      <OfferFacts offer={offer} timeZone={timeZone} />
      <ButtonLink
        to={`/c/${encodeURIComponent(slug)}/partenaires/${offer.id}`}
        variant="secondary"
        icon="arrow-forward"
        aria-label={`${t('offers.see')} — ${offer.title}`}
      >
        {t('offers.see')}
      </ButtonLink>
    </Card>
  );
}

function PartnerOffers({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const { id: communityId, slug, timeZone } = membership.community;
  useLiveRemaining(communityId);
  const { data, error, refetch } = useQuery(PartnerOffersDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  useLiveClaims(useCallback(() => void refetch(), [refetch]));
  return (
    <SharingFrame title={t('offers.title')} lead={<p>{t('offers.lead')}</p>}>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingRegion label={t('offers.title')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : (
        <>
          {data.partnerOffers.length === 0 ? (
            <p>{t('offers.empty')}</p>
          ) : (
            <ul className="sharing-offers">
              {data.partnerOffers.map((o) => (
                <OfferCard key={o.id} offer={o} slug={slug} timeZone={timeZone} />
              ))}
            </ul>
          )}
          <section aria-labelledby="my-claims" className="sharing-section">
            <h2 id="my-claims">{t('offers.mine')}</h2>
            {data.mySharingClaims.length === 0 ? (
              <p>{t('offers.mineEmpty')}</p>
            ) : (
              <ul className="sharing-list">
                {data.mySharingClaims.map((k) => (
                  <li key={k.id} data-testid="my-claim">
                    <span lang="fr" dir="auto">
                      {k.offerTitle}
                    </span>{' '}
                    —{' '}
                    <bdi lang="fr" dir="auto">
                      {k.offeringCommunityName}
                    </bdi>
                    {' · '}
                    {k.quantity} · <ClaimStatusText claim={k} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </SharingFrame>
  );
}

/** `/c/:slug/partenaires`: "Offres de nos partenaires", and my claims. */
export function PartnerOffersPage() {
  return (
    <StaffArea roles={MEMBER_ROLES}>
      {(membership) => <PartnerOffers membership={membership} />}
    </StaffArea>
  );
}
