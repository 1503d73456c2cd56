import { errorCodeOf, type WebErrorCode } from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import { Alert } from '@palier/web-ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serverMessageOf } from '@palier/web-data-access';
import { minutesToWait } from './problems';

export interface FailureAlertProps {
  error: unknown;
  /** This page's own words for some codes (e.g. a link that no longer works). */
  messages?: Partial<Record<WebErrorCode, ReactNode>>;
  /** A way forward under the message. */
  action?: ReactNode;
}

/**
 * An error that belongs to no field: what happened, in words, and the way forward. Too many
 * tries: how long to wait, as the server says it (in French) or in the reader's language.
 */
export function FailureAlert({ error, messages, action }: FailureAlertProps) {
  const { t } = useTranslation();
  const { t: ti } = useTranslation('identity');
  const { locale } = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const present = error !== null && error !== undefined;

  // Read first, like the error summary.
  useEffect(() => {
    if (present) ref.current?.focus();
  }, [present, error]);

  if (!present) return null;
  const code = errorCodeOf(error) ?? 'INTERNAL';
  let text: ReactNode = messages?.[code] ?? t(`errors.${code}`);
  if (code === 'RATE_LIMITED' && !messages?.RATE_LIMITED) {
    const server = serverMessageOf(error);
    const minutes = minutesToWait(server);
    if (locale === 'fr' && server) text = server;
    else if (minutes) text = ti('form.rateLimited', { minutes });
  }
  return (
    <div ref={ref} tabIndex={-1} className="identity-failure">
      <Alert tone="error" title={t('common.errorTitle')} action={action}>
        <p data-testid="error-message" data-error-code={code}>
          {text}
        </p>
      </Alert>
    </div>
  );
}
