import { CONTENT_LANG } from '@palier/web-session';
import { formatDateInWords, useLocale } from '@palier/web-i18n';
import { useTranslation } from 'react-i18next';
import { CentreText } from '../common/centre-text';

export interface NewsItem {
  id: string;
  title: string;
  body: string;
  publishedAt: string;
}

/** The centre's public announcements: title, date in words, text with its line breaks. */
export function NewsList({ news, timeZone }: { news: readonly NewsItem[]; timeZone: string }) {
  const { t } = useTranslation('identity');
  const { locale } = useLocale();
  return (
    <ul className="news-list" data-testid="news">
      {news.map((item) => (
        <li key={item.id} className="news-item">
          <article aria-labelledby={`news-${item.id}`}>
            <h3 id={`news-${item.id}`} className="news-item__title" lang={CONTENT_LANG} dir="auto">
              {item.title}
            </h3>
            <p className="news-item__date muted">
              {t('sas.newsDate', { date: formatDateInWords(item.publishedAt, locale, timeZone) })}
            </p>
            <CentreText text={item.body} />
          </article>
        </li>
      ))}
    </ul>
  );
}
