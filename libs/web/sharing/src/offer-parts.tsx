import type {
  MyClaimFieldsFragment,
  SharedOfferFieldsFragment,
  StaffOfferFieldsFragment,
} from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { useTranslation } from 'react-i18next';

type OfferFacts = Pick<
  SharedOfferFieldsFragment | StaffOfferFieldsFragment,
  'kind' | 'quantity' | 'remaining' | 'expiresAt' | 'perMemberLimit'
>;

/** "End of this day" in the community's time zone, as an ISO date-time with its offset. */
export function endOfDayIn(date: string, timeZone: string): string {
  const probe = new Date(`${date}T12:00:00Z`);
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return `${date}T23:59:00${name === 'GMT' ? '+00:00' : name.slice(3)}`;
}

/** A date in words in the community's zone ("mardi 14 mars"). */
export function useDateInWords(timeZone: string) {
  const { locale } = useLocale();
  return (value: string) => formatDateInWords(value, locale, timeZone);
}

/** The kind, what is left (live), the limit per person and the last day of an offer. */
export function OfferFacts({ offer, timeZone }: { offer: OfferFacts; timeZone: string }) {
  const { t } = useTranslation('sharing');
  const inWords = useDateInWords(timeZone);
  return (
    <ul className="sharing-facts">
      <li>{t(`kinds.${offer.kind}`)}</li>
      <li data-testid="offer-remaining" className="sharing-remaining" aria-live="polite">
        {offer.remaining === 0
          ? t('offers.none')
          : t('offers.remaining', { count: offer.remaining, total: offer.quantity })}
      </li>
      <li>{t('offer.perMember', { count: offer.perMemberLimit })}</li>
      <li>{t('offers.until', { date: inWords(offer.expiresAt) })}</li>
    </ul>
  );
}

/**
 * A claim's state as its claimant reads it: a claim of an offer of another server waits for
 * that partner's answer ("Demande envoyée — en attente de réponse de …"); a refusal says why.
 */
export function ClaimStatusText({
  claim,
}: {
  claim: Pick<MyClaimFieldsFragment, 'status' | 'offeringCommunityName' | 'refusedReason'>;
}) {
  const { t } = useTranslation('sharing');
  return (
    <span data-testid="claim-status">
      {t(`claimStatus.${claim.status}`, {
        name: claim.offeringCommunityName,
        interpolation: { escapeValue: false },
      })}
      {claim.refusedReason && (
        <>
          {' — '}
          <span lang="fr" dir="auto">
            {t('offer.refusedReason', {
              reason: claim.refusedReason,
              interpolation: { escapeValue: false },
            })}
          </span>
        </>
      )}
    </span>
  );
}
