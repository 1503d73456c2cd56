import { Alert } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useNotice } from './notice';

/** The confirmation of what the person just did on the previous page ("Votre foyer est créé"). */
export function NoticeAlert() {
  const { t } = useTranslation('identity');
  const notice = useNotice();
  if (!notice) return null;
  return (
    <div data-testid="notice" data-notice={notice.notice}>
      <Alert tone="success" title={t(`notices.${notice.notice}`, { name: notice.name ?? '' })} />
    </div>
  );
}
