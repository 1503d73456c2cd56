import { useMutation } from '@apollo/client/react';
import {
  CancelAccountDeletionDocument,
  type PrivacyRequestFieldsFragment,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { FailureAlert } from '@palier/web-identity';
import { useMe } from '@palier/web-session';
import { Alert, Button } from '@palier/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneOf } from '../common/time-zone';

/** The date of a planned erasure in words, on the person's clock. */
export function useErasureDate(request: PrivacyRequestFieldsFragment): string {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { me } = useMe();
  return formatDateTimeInWords(request.executeAfter, locale, timeZoneOf(me?.memberships ?? []), t);
}

/**
 * "Votre compte sera supprimé le …" with "Garder mon compte": changing one's mind is one button,
 * until the date.
 */
export function ErasureNotice({
  request,
  onKept,
}: {
  request: PrivacyRequestFieldsFragment;
  onKept: () => void;
}) {
  const { t } = useTranslation('privacy');
  const date = useErasureDate(request);
  const [failure, setFailure] = useState<unknown>(null);
  // The answer carries the same request, now cancelled: the cache updates every list showing it.
  const [cancel, { loading }] = useMutation(CancelAccountDeletionDocument);

  const keep = async () => {
    if (loading) return;
    setFailure(null);
    try {
      await cancel();
      onKept();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div className="privacy-erasure" data-testid="erasure-planned">
      <Alert
        tone="info"
        title={t('erasure.planned', { date })}
        action={
          <Button icon="check" onClick={() => void keep()} disabled={loading}>
            {t('erasure.keep')}
          </Button>
        }
      >
        <p>{t('erasure.plannedText')}</p>
      </Alert>
      <FailureAlert error={failure} />
    </div>
  );
}

/** Said after "Garder mon compte"; it takes the focus of the button, which has gone. */
export function KeptNotice() {
  const { t } = useTranslation('privacy');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="privacy-kept" data-testid="account-kept">
      <Alert tone="success" title={t('myData.kept')} />
    </div>
  );
}
