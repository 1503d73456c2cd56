import type { Locale } from '@palier/shared';

/** How a former member (erased account) is named, in the reader's language. */
export const FORMER_MEMBER: Record<Locale, string> = {
  fr: 'Ancien membre',
  en: 'Former member',
  ar: 'عضو سابق',
};
