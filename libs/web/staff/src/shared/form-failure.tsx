import { errorCodeOf } from '@palier/web-data-access';
import { Alert } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { conflictMessageOf } from './field-problems';

/**
 * What went wrong with a form that is not about one field (no connection, no right, someone else
 * changed it first), in words: our translation of the code, or the API's sentence for a conflict.
 */
export function FormFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = errorCodeOf(error) ?? 'INTERNAL';
  const text = (code === 'CONFLICT' && conflictMessageOf(error)) || t(`errors.${code}`);
  return (
    <Alert tone="error" title={t('common.errorTitle')}>
      <p data-testid="form-failure" data-error-code={code}>
        {text}
      </p>
    </Alert>
  );
}
