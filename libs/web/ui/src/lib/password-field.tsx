import { useState, type InputHTMLAttributes } from 'react';
import { fieldAria, FieldFrame, type FieldProps } from './field-parts';
import { Icon } from './icon';
import { VisuallyHidden } from './visually-hidden';

export type PasswordFieldProps = FieldProps &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'id' | 'type' | 'aria-describedby' | 'aria-invalid'
  > & {
    /** Visible text of the button while the password is hidden, e.g. "Afficher". */
    showText: string;
    /** Visible text of the button while the password is shown, e.g. "Masquer". */
    hideText: string;
    /** Read after the button's text by screen readers, e.g. "le mot de passe". */
    buttonSuffix: string;
    /** Said aloud after a press, e.g. "Le mot de passe est visible." */
    shownAnnouncement: string;
    hiddenAnnouncement: string;
  };

/**
 * A password input with a button that shows what was typed (the GOV.UK pattern): people who type
 * slowly on a small screen can check their password before sending it.
 */
export function PasswordField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  showText,
  hideText,
  buttonSuffix,
  shownAnnouncement,
  hiddenAnnouncement,
  className,
  ...input
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const toggle = () => {
    setVisible(!visible);
    setAnnouncement(visible ? hiddenAnnouncement : shownAnnouncement);
  };
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      className={className}
    >
      <div className="pal-password">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          className="pal-input pal-password__input"
          {...fieldAria(id, hint, error)}
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          {...input}
        />
        <button
          type="button"
          className="pal-button pal-button--secondary pal-password__toggle"
          aria-controls={id}
          onClick={toggle}
        >
          <Icon name={visible ? 'eye-off' : 'eye'} />
          <span>
            {visible ? hideText : showText}
            <VisuallyHidden> {buttonSuffix}</VisuallyHidden>
          </span>
        </button>
      </div>
      <span className="pal-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </FieldFrame>
  );
}
