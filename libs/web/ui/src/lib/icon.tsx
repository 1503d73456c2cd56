import { classNames } from './class-names';

const PATHS = {
  'arrow-forward': 'M5 12h14M13 6l6 6-6 6',
  'arrow-back': 'M19 12H5M11 6l-6 6 6 6',
  'map-pin':
    'M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21zM12 12.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  phone:
    'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  mail: 'M3 6h18v12H3zM3 6l9 7 9-7',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  info: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 11v6M12 7.5v.5',
  check: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8 12.5l2.5 2.5L16 9.5',
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.5',
  home: 'M3 11l9-8 9 8M5 9.5V21h5v-6h4v6h5V9.5',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 21V5M8 7h7',
  refresh: 'M20 11a8 8 0 1 0-2.3 5.7M20 5v6h-6',
  close: 'M6 6l12 12M18 6L6 18',
  globe:
    'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
} as const;

export type IconName = keyof typeof PATHS;

/** Icons that point a way, mirrored in right-to-left languages. */
const DIRECTIONAL: readonly IconName[] = ['arrow-forward', 'arrow-back'];

export interface IconProps {
  name: IconName;
  className?: string;
}

/**
 * A small line pictogram. Always decorative: it goes beside a visible text that says the same
 * thing, so screen readers skip it.
 */
export function Icon({ name, className }: IconProps) {
  return (
    <svg
      className={classNames(
        'pal-icon',
        DIRECTIONAL.includes(name) && 'pal-icon--directional',
        className,
      )}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
