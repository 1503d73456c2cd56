import { isLocale, type Locale } from '@palier/shared';
import type { ActivationSheetFieldsFragment } from '@palier/web-data-access';

/** What the desk hands to the sheet page, through the router's state (never in the address). */
export interface SheetState {
  sheet: ActivationSheetFieldsFragment;
  /** The person's language: the sheet is written in it. */
  locale: Locale;
}

export function readSheetState(state: unknown): SheetState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { sheet, locale } = state as Partial<SheetState>;
  if (
    typeof sheet !== 'object' ||
    sheet === null ||
    typeof sheet.code !== 'string' ||
    typeof sheet.login !== 'string' ||
    typeof sheet.qrCodeSvg !== 'string'
  ) {
    return null;
  }
  return { sheet, locale: isLocale(locale) ? locale : 'fr' };
}
