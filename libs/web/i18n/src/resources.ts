import type { Locale } from '@palier/shared';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

/** The interface texts, bundled (they are small): French first, then English and Arabic. */
export const resources = {
  fr: { translation: fr },
  en: { translation: en },
  ar: { translation: ar },
} as const satisfies Record<Locale, { translation: typeof fr }>;

/** Each language's name in itself, as shown on the language switch (never translated). */
export const LANGUAGE_AUTONYMS: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
};
