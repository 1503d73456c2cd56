import { Button, Dialog, type IconName } from '@palier/web-ui';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, type FormErrors } from '../shared/form-errors';
import { FormFailure } from '../shared/form-failure';

export interface DeskFormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The form's id: the main button, at the bottom of the dialog, sends it. */
  formId: string;
  submitLabel: string;
  submitIcon: IconName;
  busy?: boolean;
  onSubmit: (event: FormEvent) => void | Promise<void>;
  form: FormErrors;
  failure?: unknown;
  children: ReactNode;
}

/** A question of the desk in a dialog: its form (summary of problems first), the button, "Annuler". */
export function DeskFormDialog({
  open,
  onClose,
  title,
  formId,
  submitLabel,
  submitIcon,
  busy = false,
  onSubmit,
  form,
  failure = null,
  children,
}: DeskFormDialogProps) {
  const { t } = useTranslation('staff');
  const { t: tc } = useTranslation();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      closeLabel={tc('common.close')}
      actions={
        <>
          <Button type="submit" form={formId} icon={submitIcon} disabled={busy}>
            {submitLabel}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('form.cancel')}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        <FormErrorSummary form={form} />
        <FormFailure error={failure} />
        {children}
      </form>
    </Dialog>
  );
}
