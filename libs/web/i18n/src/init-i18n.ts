import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@palier/shared';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFrenchDe } from './french-de';
import { applyDocumentLocale, storeLocale } from './locale-preference';
import { registeredNamespaces } from './namespaces';
import { resources } from './resources';

/**
 * Creates the i18next instance of the web app, ready at once (the texts are bundled). Every change
 * of language updates `<html lang dir>` and is remembered in the browser.
 */
export function initI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance();
  const bundles = Object.fromEntries(
    LOCALES.map((lng) => [
      lng,
      {
        ...resources[lng],
        ...Object.fromEntries([...registeredNamespaces()].map(([ns, texts]) => [ns, texts[lng]])),
      },
    ]),
  );
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: bundles,
    initAsync: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false }, // React escapes what it renders
    react: { useSuspense: false },
  });
  // `{{name, de}}` in French texts: "d’Awa", "du Trait d’Union", "de Mamadou".
  addFrenchDe(instance);
  applyDocumentLocale(locale);
  instance.on('languageChanged', (language: string) => {
    if (!isLocale(language)) return;
    applyDocumentLocale(language);
    storeLocale(language);
  });
  return instance;
}
