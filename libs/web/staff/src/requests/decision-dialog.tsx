import { useMutation } from '@apollo/client/react';
import { DecideMembershipDocument, type RequestFieldsFragment } from '@palier/web-data-access';
import { Button, Dialog, TextArea } from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemsOf } from '@palier/web-data-access';
import { FormErrorSummary, useFieldErrorText, useFormErrors } from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';

export type Decision = 'admit' | 'decline';

export interface DecisionDialogProps {
  communityId: string;
  request: RequestFieldsFragment | null;
  decision: Decision;
  onClose: () => void;
  /** After the API recorded the decision. */
  onDecided: (request: RequestFieldsFragment, decision: Decision) => void;
}

const MESSAGE_MAX = 1000;

/** "Accueillir" or "Refuser": an optional message to the person, then the decision. */
export function DecisionDialog({
  communityId,
  request,
  decision,
  onClose,
  onDecided,
}: DecisionDialogProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const formId = useId();
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const errorText = useFieldErrorText();
  const [decide, { loading }] = useMutation(DecideMembershipDocument);
  const name = request?.displayName ?? '';
  const messageId = `${formId}-message`;
  const messageLabel = t('requests.dialog.messageLabel', { name });

  const close = () => {
    setMessage('');
    setFailure(null);
    form.clear();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!request || loading) return;
    setFailure(null);
    const text = message.trim();
    if (text.length > MESSAGE_MAX) {
      form.show([{ fieldId: messageId, message: errorText('too_long', messageLabel) }]);
      return;
    }
    form.clear();
    try {
      await decide({
        variables: {
          communityId,
          membershipId: request.id,
          admit: decision === 'admit',
          message: text || null,
        },
      });
      setMessage('');
      onDecided(request, decision);
    } catch (error) {
      const problems = fieldProblemsOf(error);
      if (problems.length) {
        form.show(
          problems.map((p) => ({ fieldId: messageId, message: errorText(p.code, messageLabel) })),
        );
      } else {
        setFailure(error);
      }
    }
  };

  const admit = decision === 'admit';
  return (
    <Dialog
      open={request !== null}
      onClose={close}
      title={
        admit
          ? t('requests.dialog.admitTitle', { name })
          : t('requests.dialog.declineTitle', { name })
      }
      closeLabel={tc('common.close')}
      actions={
        <>
          <Button type="submit" form={formId} icon={admit ? 'check' : undefined} disabled={loading}>
            {admit
              ? t('requests.dialog.admitButton', { name })
              : t('requests.dialog.declineButton')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('form.cancel')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
        <FormErrorSummary form={form} />
        <FormFailure error={failure} />
        <p>
          {admit
            ? t('requests.dialog.admitText', { name })
            : t('requests.dialog.declineText', { name })}
        </p>
        <TextArea
          id={messageId}
          label={messageLabel}
          hint={admit ? t('requests.dialog.admitHint') : t('requests.dialog.declineHint')}
          error={form.errorOf(messageId)}
          errorPrefix={tc('common.errorPrefix')}
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          rows={4}
          maxLength={MESSAGE_MAX + 100}
        />
      </form>
    </Dialog>
  );
}
