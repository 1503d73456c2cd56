import { FILE_REASONS, type FileReason } from '@palier/shared';
import type { MemberFieldsFragment } from '@palier/web-data-access';
import type { MyMembership } from '@palier/web-session';
import { RadioGroup } from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormErrors } from '../shared/form-errors';
import { staffPaths } from '../shared/staff-paths';
import { DeskFormDialog } from './desk-form-dialog';

/** The `?raison=` of a file's address, if it is one of the reasons. */
export function readFileReason(value: string | null): FileReason | undefined {
  return FILE_REASONS.find((reason) => reason === value);
}

/**
 * "Pourquoi ouvrez-vous cette fiche ?": one reason among a few, with the note that the choice is
 * written down and the person sees it. Returns the form's state, its submit handler and its field.
 */
export function useFileReason(formId: string, onChoose: (reason: FileReason) => void) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState<FileReason | undefined>(undefined);
  const form = useFormErrors();
  const radiosId = `${formId}-reason`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      form.show([{ fieldId: radiosId, message: t('desk.file.reasonMissing') }]);
      return;
    }
    form.clear();
    onChoose(reason);
  };
  const reset = () => {
    setReason(undefined);
    form.clear();
  };
  const field = (
    <RadioGroup
      id={radiosId}
      name={radiosId}
      legend={t('desk.file.reasonLegend')}
      hint={t('desk.file.reasonNote')}
      error={form.errorOf(radiosId)}
      errorPrefix={tc('common.errorPrefix')}
      value={reason}
      onChange={(value) => setReason(readFileReason(value))}
      options={FILE_REASONS.map((value) => ({ value, label: t(`desk.reasons.${value}`) }))}
    />
  );
  return { form, submit, reset, field };
}

/** "Ouvrir la fiche" from the list: the reason first, then the file's page. */
export function FileReasonDialog({
  membership,
  member,
  onClose,
}: {
  membership: MyMembership;
  member: MemberFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const formId = useId();
  const choice = useFileReason(formId, (reason) => {
    if (member)
      void navigate(staffPaths.residentFile(membership.community.slug, member.accountId, reason));
  });
  const close = () => {
    choice.reset();
    onClose();
  };
  return (
    <DeskFormDialog
      open={member !== null}
      onClose={close}
      title={t('desk.file.reasonTitle', { name: member?.displayName ?? '' })}
      formId={formId}
      submitLabel={t('desk.file.submit')}
      submitIcon="arrow-forward"
      onSubmit={choice.submit}
      form={choice.form}
    >
      {choice.field}
    </DeskFormDialog>
  );
}
