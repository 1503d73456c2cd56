import { Button, Card, CheckboxGroup } from '@palier/web-ui';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CentreText } from '../common/centre-text';
import { FailureAlert } from '../common/failure-alert';
import { FormErrors } from '../common/form-errors';
import { useForm } from '../common/use-form';
import { WrittenInFrench } from '../common/written-in-french';

export type DocumentStepKind = 'charter' | 'privacy';

export interface DocumentStepProps {
  kind: DocumentStepKind;
  document: { summary: string; body: string };
  accepted: boolean;
  onAcceptedChange: (accepted: boolean) => void;
  /** What happens when the person goes on with the box ticked (may send something). */
  onContinue: () => Promise<void>;
  /** Text of the button ("Continuer", "Envoyer ma demande"). */
  submitText: string;
  /** Shown above the text (e.g. "the texts changed meanwhile"). */
  notice?: ReactNode;
  /** Words for some errors of `onContinue`. */
  failureMessages?: Parameters<typeof FailureAlert>[0]['messages'];
}

/**
 * One text to read and accept: the summary in plain words, the full text in a disclosure, and a
 * box to tick ("J'ai lu la charte et je l'accepte").
 */
export function DocumentStep({
  kind,
  document,
  accepted,
  onAcceptedChange,
  onContinue,
  submitText,
  notice,
  failureMessages,
}: DocumentStepProps) {
  const { t } = useTranslation('identity');
  const form = useForm(`accept-${kind}`, [kind]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(accepted ? {} : { [kind]: 'not_accepted' }, onContinue);
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid={`${kind}-step`}>
      <FormErrors form={form} />
      <FailureAlert error={form.failure} messages={failureMessages} />
      {notice}
      <WrittenInFrench />
      <Card as="section" aria-labelledby={`${kind}-summary`} className="document-summary">
        <h2 id={`${kind}-summary`}>{t('documents.summaryTitle')}</h2>
        <CentreText text={document.summary} />
      </Card>
      <details className="document-details">
        <summary>
          {t(kind === 'charter' ? 'documents.charterFull' : 'documents.privacyFull')}
        </summary>
        <CentreText text={document.body} className="document-text" />
      </details>
      <CheckboxGroup
        {...form.field(kind)}
        name={kind}
        legend={t('documents.agreementLegend')}
        options={[
          {
            value: 'accepted',
            label: t(kind === 'charter' ? 'documents.charterAccept' : 'documents.privacyAccept'),
          },
        ]}
        value={accepted ? ['accepted'] : []}
        onChange={(value) => onAcceptedChange(value.includes('accepted'))}
      />
      <div className="identity-actions">
        <Button type="submit" icon="arrow-forward" data-testid={`${kind}-submit`}>
          {submitText}
        </Button>
      </div>
    </form>
  );
}
