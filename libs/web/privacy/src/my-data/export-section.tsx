import { useMutation } from '@apollo/client/react';
import { EXPORT_DAYS } from '@palier/shared';
import {
  MyPrivacyRequestsDocument,
  RequestDataExportDocument,
  type PrivacyRequestFieldsFragment,
} from '@palier/web-data-access';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { FailureAlert } from '@palier/web-identity';
import { Button, Card, Icon } from '@palier/web-ui';
import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { sizeInWords } from '../common/words';
import { exportState, type ExportState } from './requests';

function ExportStatus({ state, timeZone }: { state: ExportState; timeZone: string }) {
  const { t } = useTranslation('privacy');
  const { locale } = useLocale();
  switch (state.state) {
    case 'preparing':
      return (
        <>
          <p className="privacy-status__line">
            <Icon name="clock" />
            <strong>{t('copy.preparing')}</strong>
          </p>
          <p>{t('copy.preparingHint')}</p>
        </>
      );
    case 'ready':
      return (
        <>
          <p className="privacy-status__line">
            <Icon name="check" />
            <span>
              <Trans
                t={t}
                i18nKey="copy.ready"
                values={{
                  size: sizeInWords(state.size, locale),
                  date: state.expiresAt ? formatDateInWords(state.expiresAt, locale, timeZone) : '',
                }}
                components={{
                  download: (
                    // The text comes from the translation, through Trans.
                    // eslint-disable-next-line jsx-a11y/anchor-has-content
                    <a className="pal-link" href={state.url} download data-testid="download-copy" />
                  ),
                }}
              />
            </span>
          </p>
          <p className="muted">{t('copy.readyHint')}</p>
        </>
      );
    case 'expired':
      return <p>{t('copy.expired', { days: EXPORT_DAYS })}</p>;
    default:
      return <p>{t('copy.none')}</p>;
  }
}

/**
 * "Recevoir une copie de mes données": ask, wait (the page looks again by itself), download. The
 * state is said in a polite live region, so a screen reader hears when the copy is ready.
 */
export function ExportSection({
  requests,
  timeZone,
}: {
  requests: readonly PrivacyRequestFieldsFragment[];
  timeZone: string;
}) {
  const { t } = useTranslation('privacy');
  const state = exportState(requests);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [request, { loading }] = useMutation(RequestDataExportDocument, {
    refetchQueries: [MyPrivacyRequestsDocument],
    awaitRefetchQueries: true,
  });

  const ask = async () => {
    if (loading) return;
    setFailure(null);
    try {
      await request();
      // The button goes away: keep the keyboard in this section, at its start.
      headingRef.current?.focus();
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Card as="section" aria-labelledby="copy-title" data-testid="copy-section">
      <h2 id="copy-title" ref={headingRef} tabIndex={-1}>
        {t('copy.title')}
      </h2>
      <p>{t('copy.text')}</p>
      <div className="privacy-status" role="status" data-testid="export-status">
        <ExportStatus state={state} timeZone={timeZone} />
      </div>
      <FailureAlert error={failure} />
      {(state.state === 'none' || state.state === 'expired') && (
        <Button icon="inbox" onClick={() => void ask()} disabled={loading}>
          {t('copy.request')}
        </Button>
      )}
    </Card>
  );
}
