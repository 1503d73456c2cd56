import { useLocale } from '@palier/web-i18n';
import { useTranslation } from 'react-i18next';

/** In English or Arabic: a word to say that the centre's texts below are in French. */
export function WrittenInFrench() {
  const { t } = useTranslation('identity');
  const { locale } = useLocale();
  if (locale === 'fr') return null;
  return <p className="muted">{t('documents.writtenInFrench')}</p>;
}
