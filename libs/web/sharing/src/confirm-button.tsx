import { Button, Dialog, type IconName } from '@palier/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A button for an action that cannot be undone: it asks first, in a dialog. */
export function ConfirmButton({
  label,
  icon,
  question,
  onConfirm,
}: {
  label: string;
  icon: IconName;
  question: ReactNode;
  onConfirm: () => void;
}) {
  const { t } = useTranslation('sharing');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" icon={icon} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={label}
        closeLabel={t('confirm.keep')}
        actions={
          <Button
            icon={icon}
            onClick={() => {
              setOpen(false);
              onConfirm();
            }}
          >
            {label}
          </Button>
        }
      >
        <p>{question}</p>
      </Dialog>
    </>
  );
}
