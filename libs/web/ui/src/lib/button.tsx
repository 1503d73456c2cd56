import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names';
import { Icon, type IconName } from './icon';

export type ButtonVariant = 'primary' | 'secondary';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** A pictogram shown before the text (never instead of it). */
  icon?: IconName;
  children: ReactNode;
}

/** A button that says what happens ("Réserver ce rendez-vous"); one primary button a screen. */
export function Button({
  variant = 'primary',
  icon,
  type = 'button',
  className,
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={classNames('pal-button', `pal-button--${variant}`, className)}
      {...rest}
    >
      {icon && <Icon name={icon} />}
      <span>{children}</span>
    </button>
  );
}
