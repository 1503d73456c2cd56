import type { ReactNode } from 'react';

export interface StepCounterProps {
  /** The step shown now, from 1. */
  current: number;
  total: number;
  /** The words, e.g. "Étape 2 sur 3". */
  children: ReactNode;
}

/** Where the person is in a path of several screens: the words, and a bar of steps for the eye. */
export function StepCounter({ current, total, children }: StepCounterProps) {
  return (
    <div className="pal-step-counter">
      <p className="pal-step-counter__text">{children}</p>
      <ol className="pal-step-counter__bar" aria-hidden="true">
        {Array.from({ length: total }, (_, index) => (
          <li
            key={index}
            className={
              index < current
                ? 'pal-step-counter__step pal-step-counter__step--done'
                : 'pal-step-counter__step'
            }
          />
        ))}
      </ol>
    </div>
  );
}
