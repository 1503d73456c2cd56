import { useMutation, useQuery } from '@apollo/client/react';
import {
  CancelMySharingClaimDocument,
  ClaimOfferDocument,
  PartnerOfferDocument,
  type PartnerOfferQuery,
} from '@palier/web-data-access';
import { LoadError, type MyMembership } from '@palier/web-session';
import { FormFailure, StaffArea } from '@palier/web-staff';
import {
  Alert,
  Button,
  CheckboxGroup,
  ErrorSummary,
  Link,
  LoadingRegion,
  Skeleton,
  TextField,
} from '@palier/web-ui';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ClaimStatusText, OfferFacts, useDateInWords } from './offer-parts';
import { MEMBER_ROLES, SharingFrame } from './sharing-frame';
import { useLiveClaims, useLiveRemaining } from './use-live-remaining';

type Detail = PartnerOfferQuery['partnerOffer'];

function ClaimForm({
  communityId,
  detail,
  onClaimed,
}: {
  communityId: string;
  detail: Detail;
  onClaimed: (status: string) => void;
}) {
  const { t } = useTranslation('sharing');
  const { offer, canClaim } = detail;
  const [quantity, setQuantity] = useState('1');
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<{ fieldId: string; message: string }[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [claim, { loading }] = useMutation(ClaimOfferDocument);
  const name = offer.offeringCommunityName;
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const n = Number(quantity);
    const problems = [];
    if (!Number.isInteger(n) || n < 1 || n > canClaim)
      problems.push({
        fieldId: 'claim-quantity',
        message: t('offer.quantityError', { count: canClaim }),
      });
    if (!consent) problems.push({ fieldId: 'claim-consent', message: t('offer.consentError') });
    setErrors(problems);
    if (problems.length) return;
    try {
      const result = await claim({
        variables: { communityId, input: { offerId: offer.id, quantity: n, shareConsent: true } },
      });
      setQuantity('1');
      setConsent(false);
      onClaimed(result.data?.claimOffer.myClaims[0]?.status ?? 'granted');
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="sharing-form"
      data-testid="claim-form"
    >
      <ErrorSummary title={t('offer.errorTitle')} errors={errors} />
      <FormFailure error={failure} />
      <TextField
        id="claim-quantity"
        label={t('offer.quantity')}
        hint={t('offer.quantityHint', { count: canClaim })}
        type="number"
        inputMode="numeric"
        min={1}
        max={canClaim}
        width="short"
        value={quantity}
        error={errorOf('claim-quantity')}
        onChange={(e) => setQuantity(e.target.value)}
      />
      <CheckboxGroup
        id="claim-consent"
        name="claim-consent"
        legend={t('offer.consentLegend')}
        error={errorOf('claim-consent')}
        options={[
          {
            value: 'yes',
            label: t('offer.consent', { name, interpolation: { escapeValue: false } }),
            hint: t('offer.consentHint', { name, interpolation: { escapeValue: false } }),
          },
        ]}
        value={consent ? ['yes'] : []}
        onChange={(v) => setConsent(v.includes('yes'))}
      />
      <Button type="submit" icon="check" disabled={loading}>
        {t('offer.submit')}
      </Button>
    </form>
  );
}

function PartnerOffer({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('sharing');
  const { offerId = '' } = useParams();
  const { id: communityId, slug, timeZone } = membership.community;
  const inWords = useDateInWords(timeZone);
  /** The state of the claim just made: granted here, or pending (sent to another server). */
  const [claimed, setClaimed] = useState<string | null>(null);
  useLiveRemaining(communityId);
  const { data, error, refetch } = useQuery(PartnerOfferDocument, {
    variables: { communityId, offerId },
    fetchPolicy: 'cache-and-network',
  });
  const [cancelMine] = useMutation(CancelMySharingClaimDocument);
  useLiveClaims(useCallback(() => void refetch(), [refetch]));
  const detail = data?.partnerOffer;
  const back = (
    <p>
      <Link to={`/c/${encodeURIComponent(slug)}/partenaires`}>{t('offer.back')}</Link>
    </p>
  );
  if (error)
    return (
      <SharingFrame title={t('offers.title')}>
        {back}
        <LoadError error={error} onRetry={() => void refetch()} />
      </SharingFrame>
    );
  if (!detail)
    return (
      <SharingFrame title={t('offers.title')}>
        <LoadingRegion label={t('offers.title')}>
          <Skeleton lines={5} />
        </LoadingRegion>
      </SharingFrame>
    );
  const { offer } = detail;
  const name = offer.offeringCommunityName;
  return (
    <SharingFrame
      title={offer.title}
      lead={
        <p className="sharing-from">
          {t('offers.from', { name, interpolation: { escapeValue: false } })}
        </p>
      }
    >
      {back}
      {offer.photoUrl && <img className="sharing-photo" src={offer.photoUrl} alt="" />}
      <OfferFacts offer={offer} timeZone={timeZone} />
      <p className="sharing-muted">{t('offer.live')}</p>
      {offer.description && (
        <p lang="fr" dir="auto" className="sharing-text">
          {offer.description}
        </p>
      )}
      {offer.conditions && (
        <section aria-labelledby="offer-conditions" className="sharing-section">
          <h2 id="offer-conditions">{t('offer.conditions')}</h2>
          <p lang="fr" dir="auto" className="sharing-text">
            {offer.conditions}
          </p>
        </section>
      )}
      {claimed && (
        <Alert tone="success">
          <p data-testid="claimed">
            {t(claimed === 'pending' ? 'offer.sent' : 'offer.claimed', {
              name,
              interpolation: { escapeValue: false },
            })}
          </p>
        </Alert>
      )}
      <section aria-labelledby="claim-title" className="sharing-section">
        <h2 id="claim-title">{t('offer.submit')}</h2>
        {offer.closed ? (
          <p>{t('offer.closed')}</p>
        ) : offer.remaining === 0 ? (
          <p data-testid="all-taken">{t('offer.allTaken')}</p>
        ) : detail.canClaim === 0 ? (
          <p>{t('offer.limitReached')}</p>
        ) : (
          <ClaimForm
            communityId={communityId}
            detail={detail}
            onClaimed={(status) => {
              setClaimed(status);
              void refetch();
            }}
          />
        )}
      </section>
      {detail.myClaims.length > 0 && (
        <section aria-labelledby="offer-my-claims" className="sharing-section">
          <h2 id="offer-my-claims">{t('offer.myClaims')}</h2>
          <ul className="sharing-list">
            {detail.myClaims.map((k) => (
              <li key={k.id} data-testid="my-claim">
                {t('claims.quantity', { count: k.quantity })} · <ClaimStatusText claim={k} />
                {k.dueOn && <> · {t('offer.dueOn', { date: inWords(`${k.dueOn}T12:00:00Z`) })}</>}
                {(k.status === 'granted' || k.status === 'pending') && (
                  <>
                    {' '}
                    <Button
                      variant="secondary"
                      onClick={() =>
                        void cancelMine({ variables: { communityId, claimId: k.id } }).then(() =>
                          refetch(),
                        )
                      }
                    >
                      {t('offer.cancelMine')}
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </SharingFrame>
  );
}

/** `/c/:slug/partenaires/:offerId`: a partner's offer, its live count and the claim form. */
export function PartnerOfferPage() {
  return (
    <StaffArea roles={MEMBER_ROLES}>
      {(membership) => <PartnerOffer membership={membership} />}
    </StaffArea>
  );
}
