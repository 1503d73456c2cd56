import { LOCALES, textDirection } from '@palier/shared';
import { Icon } from '@palier/web-ui';
import { LANGUAGE_AUTONYMS, LOCALE_URL_PARAM, useLocale } from '@palier/web-i18n';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** Three buttons, each language written in itself, so anyone finds their own. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();

  const choose = (next: (typeof LOCALES)[number]) => {
    setLocale(next);
    // The person's choice now wins over a `?lang=` that came with the link.
    if (searchParams.has(LOCALE_URL_PARAM)) {
      const rest = new URLSearchParams(searchParams);
      rest.delete(LOCALE_URL_PARAM);
      setSearchParams(rest, { replace: true, preventScrollReset: true });
    }
  };

  return (
    <nav className="language-switch" aria-label={t('language.label')} data-testid="language-switch">
      <Icon name="globe" className="language-switch__icon" />
      <ul className="language-switch__list">
        {LOCALES.map((option) => (
          <li key={option}>
            <button
              type="button"
              className="language-switch__button"
              lang={option}
              dir={textDirection(option)}
              aria-pressed={option === locale}
              data-testid={`language-${option}`}
              onClick={() => choose(option)}
            >
              {option === locale && <Icon name="check" />}
              <span>{LANGUAGE_AUTONYMS[option]}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
