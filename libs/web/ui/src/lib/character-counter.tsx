import { useEffect, useState } from 'react';
import { classNames } from './class-names';
import { VisuallyHidden } from './visually-hidden';

export interface CharacterCounterProps {
  /** The text typed so far. */
  value: string;
  max: number;
  /** The words for what is left ("Caractères restants : 12") and for what is too much. */
  remainingText: (count: number) => string;
  overText: (count: number) => string;
}

/**
 * How many characters are left under a text box: shown at once, and read out politely by screen
 * readers once typing pauses (not at every key). Shown in bold error colour when over the limit.
 */
export function CharacterCounter({ value, max, remainingText, overText }: CharacterCounterProps) {
  const remaining = max - value.length;
  const text = remaining >= 0 ? remainingText(remaining) : overText(-remaining);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(value ? text : ''), 1200);
    return () => clearTimeout(timer);
  }, [value, text]);
  return (
    <>
      <p
        className={classNames('pal-counter', remaining < 0 && 'pal-counter--over')}
        aria-hidden="true"
      >
        {text}
      </p>
      <VisuallyHidden>
        <span role="status" aria-live="polite">
          {announced}
        </span>
      </VisuallyHidden>
    </>
  );
}
