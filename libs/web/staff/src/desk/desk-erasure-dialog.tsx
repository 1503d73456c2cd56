import { useMutation } from '@apollo/client/react';
import { fieldProblemsOf, RequestErasureAtDeskDocument } from '@palier/web-data-access';
import type { MyMembership } from '@palier/web-session';
import { TextArea } from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors, type FormError } from '../shared/form-errors';
import { CONSENT_FIELDS, ConsentFields, consentComplete, consentInput } from './consent-fields';
import { DeskFormDialog } from './desk-form-dialog';

export interface DeskErasureDialogProps {
  open: boolean;
  membership: MyMembership;
  accountId: string;
  name: string;
  onClose: () => void;
  /** The erasure is planned: when it will be done. */
  onDone: (executeAfter: string) => void;
}

/**
 * "Supprimer le compte à la demande de la personne": what the person asks, in a few words, and
 * the two boxes (present, and asking for it). The grace period applies as for the person.
 */
export function DeskErasureDialog({
  open,
  membership,
  accountId,
  name,
  onClose,
  onDone,
}: DeskErasureDialogProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const formId = useId();
  const reasonId = `${formId}-reason`;
  const consentId = `${formId}-consent`;
  const [reason, setReason] = useState('');
  const [consent, setConsent] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const [erase, { loading }] = useMutation(RequestErasureAtDeskDocument);

  const messageFor = (field: string, code: string): FormError =>
    CONSENT_FIELDS.includes(field)
      ? { fieldId: consentId, message: t('consent.missing') }
      : {
          fieldId: reasonId,
          message: t(
            code === 'too_long' ? 'desk.erase.reasonTooLong' : 'desk.erase.reasonRequired',
          ),
        };

  const close = () => {
    setReason('');
    setConsent([]);
    setFailure(null);
    form.clear();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const local: FormError[] = [];
    if (!reason.trim()) local.push(messageFor('reason', 'required'));
    if (!consentComplete(consent)) local.push(messageFor('residentPresent', 'not_accepted'));
    if (local.length) {
      form.show(local);
      return;
    }
    form.clear();
    try {
      const { data } = await erase({
        variables: {
          communityId: membership.community.id,
          accountId,
          input: { reason: reason.trim(), ...consentInput(consent) },
        },
      });
      if (data) onDone(data.requestErasureAtDesk.executeAfter);
    } catch (error) {
      const problems = fieldProblemsOf(error);
      if (problems.length) form.show(problems.map((p) => messageFor(p.field, p.code)));
      else setFailure(error);
    }
  };

  return (
    <DeskFormDialog
      open={open}
      onClose={close}
      title={t('desk.erase.dialogTitle', { name })}
      formId={formId}
      submitLabel={t('desk.erase.submit')}
      submitIcon="trash"
      busy={loading}
      onSubmit={submit}
      form={form}
      failure={failure}
    >
      <p>{t('desk.erase.text')}</p>
      <TextArea
        id={reasonId}
        label={t('desk.erase.reasonLabel')}
        hint={t('desk.erase.reasonHint')}
        error={form.errorOf(reasonId)}
        errorPrefix={tc('common.errorPrefix')}
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <ConsentFields
        id={consentId}
        purpose="erase"
        value={consent}
        onChange={setConsent}
        error={form.errorOf(consentId)}
      />
    </DeskFormDialog>
  );
}
