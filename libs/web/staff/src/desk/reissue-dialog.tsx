import { useMutation } from '@apollo/client/react';
import { ReissueActivationCodeDocument, type MemberFieldsFragment } from '@palier/web-data-access';
import { useLocale } from '@palier/web-i18n';
import type { MyMembership } from '@palier/web-session';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldProblemsOf } from '@palier/web-data-access';
import { useFormErrors } from '../shared/form-errors';
import { staffPaths } from '../shared/staff-paths';
import { ConsentFields, consentComplete, consentInput } from './consent-fields';
import { DeskFormDialog } from './desk-form-dialog';
import type { SheetState } from './sheet-state';

export interface ReissueDialogProps {
  membership: MyMembership;
  member: MemberFieldsFragment | null;
  onClose: () => void;
}

/** "Nouveau code d'activation": the same two boxes, then a new sheet (the old code stops working). */
export function ReissueDialog({ membership, member, onClose }: ReissueDialogProps) {
  const { t } = useTranslation('staff');
  const { locale } = useLocale();
  const navigate = useNavigate();
  const formId = useId();
  const consentId = `${formId}-consent`;
  const [consent, setConsent] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useFormErrors();
  const [reissue, { loading }] = useMutation(ReissueActivationCodeDocument);
  const name = member?.displayName ?? '';

  const close = () => {
    setConsent([]);
    setFailure(null);
    form.clear();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!member || loading) return;
    setFailure(null);
    if (!consentComplete(consent)) {
      form.show([{ fieldId: consentId, message: t('consent.missing') }]);
      return;
    }
    form.clear();
    try {
      const { data } = await reissue({
        variables: {
          communityId: membership.community.id,
          accountId: member.accountId,
          consent: consentInput(consent),
        },
      });
      if (!data) return;
      const state: SheetState = { sheet: data.reissueActivationCode, locale };
      void navigate(staffPaths.sheet(membership.community.slug), { state });
    } catch (error) {
      if (fieldProblemsOf(error).length) {
        form.show([{ fieldId: consentId, message: t('consent.missing') }]);
      } else {
        setFailure(error);
      }
    }
  };

  return (
    <DeskFormDialog
      open={member !== null}
      onClose={close}
      title={t('desk.reissue.title', { name })}
      formId={formId}
      submitLabel={t('desk.reissue.submit')}
      submitIcon="refresh"
      busy={loading}
      onSubmit={submit}
      form={form}
      failure={failure}
    >
      <p>{t('desk.reissue.text', { name })}</p>
      <ConsentFields
        id={consentId}
        purpose="reissue"
        value={consent}
        onChange={setConsent}
        error={form.errorOf(consentId)}
      />
    </DeskFormDialog>
  );
}
