import { useQuery } from '@apollo/client/react';
import { MyAccessLogDocument } from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG, useMe } from '@palier/web-session';
import { Card } from '@palier/web-ui';
import { Trans, useTranslation } from 'react-i18next';
import { NotYet } from '../common/not-yet';
import { timeZoneOf } from '../common/time-zone';

const ACTIONS = ['open_file', 'export_list', 'desk_action', 'erase_on_request'] as const;
type Action = (typeof ACTIONS)[number];

/** "Qui a consulté mes données": each time the team opened my file or acted for me, and why. */
export function AccessLogSection() {
  const { t } = useTranslation('privacy');
  const { t: common } = useTranslation();
  const { locale } = useLocale();
  const { me } = useMe();
  const { data, error, refetch } = useQuery(MyAccessLogDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.myAccessLog;

  let body;
  if (!entries) body = <NotYet error={error} retry={refetch} />;
  else if (entries.length === 0) body = <p data-testid="access-empty">{t('access.empty')}</p>;
  else
    body = (
      <ul className="privacy-log" data-testid="my-access-log">
        {entries.map((entry) => {
          const action: Action | 'other' = (ACTIONS as readonly string[]).includes(entry.action)
            ? (entry.action as Action)
            : 'other';
          return (
            <li key={entry.id} className="privacy-log__item">
              <p>
                <Trans
                  t={t}
                  i18nKey={`access.action.${action}`}
                  values={{ staff: entry.staffName, community: entry.communityName }}
                  components={{ name: <bdi lang={CONTENT_LANG} /> }}
                />
              </p>
              <p>
                <Trans
                  t={t}
                  i18nKey="access.reason"
                  values={{ reason: entry.reason }}
                  components={{ fr: <bdi lang={CONTENT_LANG} /> }}
                />
              </p>
              <p className="privacy-log__date">
                {formatDateTimeInWords(
                  entry.createdAt,
                  locale,
                  timeZoneOf(me?.memberships ?? [], entry.communityName),
                  common,
                )}
              </p>
            </li>
          );
        })}
      </ul>
    );

  return (
    <Card as="section" aria-labelledby="access-title" data-testid="access-section">
      <h2 id="access-title">{t('access.title')}</h2>
      <p>{t('access.lead')}</p>
      {body}
    </Card>
  );
}
