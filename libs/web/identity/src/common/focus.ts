/**
 * After a change of screen that keeps the address (a step of a path), start reading and tabbing
 * from the top of the new content, as after a navigation.
 */
export function focusPageStart(): void {
  window.scrollTo(0, 0);
  const main = document.querySelector<HTMLElement>('main');
  main?.focus({ preventScroll: true });
}
