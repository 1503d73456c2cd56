import { useMutation, useQuery } from '@apollo/client/react';
import {
  CancelOfferClaimDocument,
  HandOverClaimDocument,
  MarkClaimReturnedDocument,
  OurOfferDocument,
  WithdrawOfferDocument,
  type OfferClaimFieldsFragment,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { FormFailure, StaffFrame, StaffArea } from '@palier/web-staff';
import { Button, Card, Link, LoadingRegion, Skeleton, TextField } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmButton } from './confirm-button';
import { OfferFacts, useDateInWords } from './offer-parts';
import { OfferPhotoField } from './offer-photo-field';
import { AudienceLine } from './our-offers-page';
import { TEAM_ROLES } from './sharing-frame';
import { useLiveRemaining } from './use-live-remaining';

function ClaimItem({
  communityId,
  claim,
  lending,
  timeZone,
  onChange,
}: {
  communityId: string;
  claim: OfferClaimFieldsFragment;
  lending: boolean;
  timeZone: string;
  onChange: () => void;
}) {
  const { t } = useTranslation('sharing');
  const inWords = useDateInWords(timeZone);
  const [dueOn, setDueOn] = useState('');
  const [dueError, setDueError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [handOver] = useMutation(HandOverClaimDocument);
  const [cancel] = useMutation(CancelOfferClaimDocument);
  const [returned] = useMutation(MarkClaimReturnedDocument);
  const variables = { communityId, claimId: claim.id };
  const run = (work: () => Promise<unknown>) => {
    setFailure(null);
    work().then(onChange, setFailure);
  };
  const confirm = () => {
    if (lending && !dueOn) {
      setDueError(t('claims.dueOnError'));
      return;
    }
    setDueError(undefined);
    run(() => handOver({ variables: { ...variables, dueOn: lending ? dueOn : null } }));
  };
  const who = claim.claimantName
    ? t('claims.who', {
        name: claim.claimantName,
        community: claim.claimantCommunityName,
        interpolation: { escapeValue: false },
      })
    : `${t('claims.erased')} — ${claim.claimantCommunityName}`;
  return (
    <Card as="li" className="sharing-claim" data-testid="offer-claim">
      <h3>
        <bdi>{who}</bdi>
      </h3>
      <p>
        {claim.claimantContact ? (
          <a href={`mailto:${claim.claimantContact}`}>{claim.claimantContact}</a>
        ) : (
          t('claims.noContact')
        )}
      </p>
      <p>
        {t('claims.quantity', { count: claim.quantity })} ·{' '}
        <span data-testid="claim-status">{t(`claimStatus.${claim.status}`)}</span>
        {claim.dueOn && <> · {t('offer.dueOn', { date: inWords(`${claim.dueOn}T12:00:00Z`) })}</>}
      </p>
      <FormFailure error={failure} />
      {claim.status === 'granted' && (
        <div className="sharing-actions">
          {lending && (
            <TextField
              id={`due-${claim.id}`}
              label={t('claims.dueOn')}
              type="date"
              width="short"
              value={dueOn}
              error={dueError}
              onChange={(e) => setDueOn(e.target.value)}
            />
          )}
          <Button icon="check" onClick={confirm}>
            {t('claims.handOver')}
          </Button>
          <Button variant="secondary" icon="close" onClick={() => run(() => cancel({ variables }))}>
            {t('claims.cancel')}
          </Button>
        </div>
      )}
      {claim.status === 'handed_over' && claim.dueOn && (
        <Button
          variant="secondary"
          icon="refresh"
          onClick={() => run(() => returned({ variables }))}
        >
          {t('claims.returned')}
        </Button>
      )}
    </Card>
  );
}

function OurOffer({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const { offerId = '' } = useParams();
  const { id: communityId, slug, timeZone } = membership.community;
  useLiveRemaining(communityId);
  const { data, error, refetch } = useQuery(OurOfferDocument, {
    variables: { communityId, offerId },
    fetchPolicy: 'cache-and-network',
  });
  const [withdraw] = useMutation(WithdrawOfferDocument);
  const detail = data?.ourOffer;
  const title = detail?.offer.title ?? t('team.title');
  return (
    <StaffFrame membership={membership} title={title}>
      <p>
        <Link to={`/c/${encodeURIComponent(slug)}/offres`}>{t('team.title')}</Link>
      </p>
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : !detail ? (
        <LoadingRegion label={title}>
          <Skeleton lines={5} />
        </LoadingRegion>
      ) : (
        <>
          {detail.offer.photoUrl && (
            <img className="sharing-photo" src={detail.offer.photoUrl} alt="" />
          )}
          <OfferFacts offer={detail.offer} timeZone={timeZone} />
          <AudienceLine offer={detail.offer} />
          <OfferPhotoField
            communityId={communityId}
            offerId={offerId}
            onUploaded={() => void refetch()}
          />
          {!detail.offer.closed && (
            <p>
              <Link to={`/c/${encodeURIComponent(slug)}/offres/${offerId}/modifier`}>
                {t('claims.edit')}
              </Link>
            </p>
          )}
          {detail.offer.withdrawn ? (
            <p>{t('claims.withdrawn')}</p>
          ) : (
            <ConfirmButton
              icon="trash"
              label={t('claims.withdraw')}
              question={t('confirm.withdraw')}
              onConfirm={() => void withdraw({ variables: { communityId, offerId } })}
            />
          )}
          <section aria-labelledby="offer-claims" className="sharing-section">
            <h2 id="offer-claims">{t('claims.title')}</h2>
            {detail.claims.length === 0 ? (
              <p>{t('claims.empty')}</p>
            ) : (
              <ul className="sharing-offers">
                {detail.claims.map((k) => (
                  <ClaimItem
                    key={k.id}
                    communityId={communityId}
                    claim={k}
                    lending={detail.offer.kind === 'lending'}
                    timeZone={timeZone}
                    onChange={() => void refetch()}
                  />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </StaffFrame>
  );
}

/** `/c/:slug/offres/:offerId`: an offer of the team, its claims, hand-over, cancel, returns. */
export function OurOfferPage() {
  return (
    <StaffArea roles={TEAM_ROLES}>{(membership) => <OurOffer membership={membership} />}</StaffArea>
  );
}
