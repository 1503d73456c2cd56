import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link as RouterLink, type To } from 'react-router';
import { classNames } from './class-names';
import { Icon, type IconName } from './icon';

type Common = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  icon?: IconName;
  /** Puts the pictogram after the text (e.g. an arrow "go there"). */
  iconAfter?: boolean;
  children: ReactNode;
};

/** A page of this app (`to`), or a plain web address (`href`: maps, tel:, mailto:). */
export type LinkProps = Common & ({ to: To; href?: never } | { href: string; to?: never });

function Content({ icon, iconAfter, children }: Pick<Common, 'icon' | 'iconAfter' | 'children'>) {
  return (
    <>
      {icon && !iconAfter && <Icon name={icon} />}
      <span>{children}</span>
      {icon && iconAfter && <Icon name={icon} />}
    </>
  );
}

function AnyLink({ to, href, icon, iconAfter, children, ...rest }: LinkProps) {
  const content = (
    <Content icon={icon} iconAfter={iconAfter}>
      {children}
    </Content>
  );
  if (to !== undefined) {
    return (
      <RouterLink to={to} {...rest}>
        {content}
      </RouterLink>
    );
  }
  return (
    <a href={href} {...rest}>
      {content}
    </a>
  );
}

/** An underlined text link; inside the app it navigates without reloading the page. */
export function Link({ className, ...props }: LinkProps) {
  return (
    <AnyLink
      className={classNames('pal-link', props.icon && 'pal-link--icon', className)}
      {...props}
    />
  );
}

/** A link that looks like a button: for "go somewhere" actions (a button does something). */
export function ButtonLink({
  className,
  variant = 'primary',
  ...props
}: LinkProps & { variant?: 'primary' | 'secondary' }) {
  return (
    <AnyLink className={classNames('pal-button', `pal-button--${variant}`, className)} {...props} />
  );
}
