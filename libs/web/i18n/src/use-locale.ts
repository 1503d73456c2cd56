import { DEFAULT_LOCALE, isLocale, textDirection, type Locale } from '@palier/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface LocaleState {
  locale: Locale;
  direction: 'ltr' | 'rtl';
  setLocale: (locale: Locale) => void;
}

/** The language of the interface, and a way to change it. */
export function useLocale(): LocaleState {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const locale: Locale = isLocale(current) ? current : DEFAULT_LOCALE;
  const setLocale = useCallback(
    (next: Locale) => {
      if (next !== i18n.resolvedLanguage) void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { locale, direction: textDirection(locale), setLocale };
}
