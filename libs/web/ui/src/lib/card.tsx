import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from './class-names';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  /** `article` for a thing that stands alone (a community, a post), `section` or `div` otherwise. */
  as?: 'article' | 'section' | 'div' | 'li';
  children: ReactNode;
}

/** A calm white box that groups one thing. */
export function Card({ as: Element = 'article', className, children, ...rest }: CardProps) {
  return (
    <Element className={classNames('pal-card', className)} {...rest}>
      {children}
    </Element>
  );
}
