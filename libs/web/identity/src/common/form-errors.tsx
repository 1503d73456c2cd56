import { ErrorSummary } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import type { FormState } from './use-form';

/** The top of a form: the summary of its problems, linked to each field (GOV.UK pattern). */
export function FormErrors({ form }: { form: FormState }) {
  const { t } = useTranslation('identity');
  return <ErrorSummary key={form.attempt} title={t('form.errorTitle')} errors={form.summary} />;
}
