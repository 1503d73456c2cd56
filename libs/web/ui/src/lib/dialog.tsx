import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './button';

export interface DialogProps {
  open: boolean;
  /** Called when the person closes the dialog (close button, Escape key). */
  onClose: () => void;
  title: ReactNode;
  /** Text of the close button, e.g. t('common.close'). */
  closeLabel: string;
  children: ReactNode;
  /** Buttons at the bottom; the first one is the main action. */
  actions?: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser keeps focus inside and closes it
 * with Escape; focus goes back to what had it before opening.
 */
export function Dialog({ open, onClose, title, closeLabel, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  const titleId = useId();

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      returnFocusTo.current?.focus();
      returnFocusTo.current = null;
      onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, []);

  return (
    <dialog ref={ref} className="pal-dialog" aria-labelledby={titleId}>
      <div className="pal-dialog__header">
        <h2 id={titleId} className="pal-dialog__title">
          {title}
        </h2>
        <Button variant="secondary" icon="close" onClick={() => ref.current?.close()}>
          {closeLabel}
        </Button>
      </div>
      <div className="pal-dialog__body">{children}</div>
      {actions && <div className="pal-dialog__actions">{actions}</div>}
    </dialog>
  );
}
