export { initI18n } from './init-i18n';
export { useLocale, type LocaleState } from './use-locale';
export {
  applyDocumentLocale,
  detectInitialLocale,
  localeFromSearch,
  LOCALE_STORAGE_KEY,
  LOCALE_URL_PARAM,
  readStoredLocale,
  storeLocale,
} from './locale-preference';
export { LANGUAGE_AUTONYMS, resources } from './resources';
export {
  describeOpeningWeek,
  formatClockTime,
  intlLocale,
  weekdayName,
  type OpeningDay,
  type OpeningPeriodInput,
} from './opening-hours';
export { registerTranslations, registeredNamespaces, type FeatureTranslations } from './namespaces';
export { formatDateInWords, formatDateTimeInWords, localClockTime } from './dates';
export { translationProblems, flattenTranslations } from './translation-problems';
