import { useEffect, useRef } from 'react';

/**
 * After a change of screen that keeps the address (a step of a path), start reading and tabbing
 * from the top of the new content, as after a navigation.
 */
export function focusPageStart(): void {
  window.scrollTo(0, 0);
  const main = document.querySelector<HTMLElement>('main');
  main?.focus({ preventScroll: true });
}

/**
 * A new screen without a navigation (the next step of a path, its outcome): start reading and
 * tabbing from its top. `screen` names the screen shown; the first one stays as the page opened.
 */
export function useFocusOnNewScreen(screen: string | number): void {
  const shown = useRef(screen);
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    focusPageStart();
  }, [screen]);
}
