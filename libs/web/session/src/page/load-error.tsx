import { errorCodeOf } from '@palier/web-data-access';
import { Alert, Button } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';

export interface LoadErrorProps {
  error: unknown;
  onRetry: () => void;
  /** False when the page's h1 already says that something went wrong. */
  withTitle?: boolean;
}

/** What went wrong, in words, and a way forward: "Réessayer". */
export function LoadError({ error, onRetry, withTitle = true }: LoadErrorProps) {
  const { t } = useTranslation();
  const code = errorCodeOf(error) ?? 'INTERNAL';
  return (
    <Alert
      tone="error"
      title={withTitle ? t('common.errorTitle') : undefined}
      action={
        <Button variant="primary" icon="refresh" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    >
      <p data-testid="error-message" data-error-code={code}>
        {t(`errors.${code}`)}
      </p>
    </Alert>
  );
}
