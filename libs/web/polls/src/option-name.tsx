import type { Locale } from '@palier/shared';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG } from '@palier/web-session';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface NamedOption {
  label: string;
  startsAt: string | null;
}

/** An option's name as text: its date in words (date polls), then its label. */
export function optionName(
  option: NamedOption,
  locale: Locale,
  timeZone: string,
  t: TFunction,
): string {
  const when = option.startsAt ? formatDateTimeInWords(option.startsAt, locale, timeZone, t) : '';
  return [when, option.label].filter(Boolean).join(' — ');
}

/** An option's name on the page: the date in the reader's language, the label in French. */
export function OptionName({ option, timeZone }: { option: NamedOption; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const when = option.startsAt ? formatDateTimeInWords(option.startsAt, locale, timeZone, t) : '';
  return (
    <>
      {when}
      {when && option.label ? ' — ' : ''}
      {option.label && <span lang={CONTENT_LANG}>{option.label}</span>}
    </>
  );
}
