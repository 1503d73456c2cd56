import { DEFAULT_LOCALE, isLocale, textDirection, type Locale } from '@palier/shared';

/** Where the person's choice of language is kept in the browser. */
export const LOCALE_STORAGE_KEY = 'palier.locale';
/** The URL parameter that selects a language, e.g. `/c/la-passerelle?lang=ar`. */
export const LOCALE_URL_PARAM = 'lang';

export function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined; // storage disabled (private browsing, strict settings)
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this visit only.
  }
}

/** The language asked for in a URL query string (`?lang=ar`), if it is one we have. */
export function localeFromSearch(search: string): Locale | undefined {
  const asked = new URLSearchParams(search).get(LOCALE_URL_PARAM);
  return isLocale(asked) ? asked : undefined;
}

/** The language to start with: `?lang=` in the URL (then kept), else the stored choice, else French. */
export function detectInitialLocale(search: string = window.location.search): Locale {
  const fromUrl = localeFromSearch(search);
  if (fromUrl) {
    storeLocale(fromUrl);
    return fromUrl;
  }
  return readStoredLocale() ?? DEFAULT_LOCALE;
}

/** Tells the browser, screen readers and CSS which language and direction the page is in. */
export function applyDocumentLocale(locale: Locale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = textDirection(locale);
}
