import { useQuery } from '@apollo/client/react';
import { AccessLogDocument } from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { CONTENT_LANG, LoadError } from '@palier/web-session';
import { Button } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotYet } from '../common/not-yet';

const ACTIONS = ['open_file', 'export_list', 'desk_action', 'erase_on_request'] as const;
type Action = (typeof ACTIONS)[number];

/** The team's accesses to residents' data, newest first, thirty at a time ("Voir plus"). */
export function AccessLogList({
  communityId,
  timeZone,
}: {
  communityId: string;
  timeZone: string;
}) {
  const { t } = useTranslation('privacy');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data, error, refetch, fetchMore } = useQuery(AccessLogDocument, {
    variables: { communityId },
    fetchPolicy: 'cache-and-network',
  });
  const [more, setMore] = useState<{ loading: boolean; error: unknown }>({
    loading: false,
    error: null,
  });
  const page = data?.accessLog;
  if (!page) return <NotYet error={error} retry={refetch} />;
  if (page.edges.length === 0) return <p data-testid="access-log-empty">{t('admin.log.empty')}</p>;

  const loadMore = () => {
    setMore({ loading: true, error: null });
    fetchMore({
      variables: { after: page.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        accessLog: {
          ...fetchMoreResult.accessLog,
          edges: [...previous.accessLog.edges, ...fetchMoreResult.accessLog.edges],
        },
      }),
    }).then(
      () => setMore({ loading: false, error: null }),
      (failure: unknown) => setMore({ loading: false, error: failure }),
    );
  };

  return (
    <>
      <ul className="privacy-log" aria-label={t('admin.log.listLabel')} data-testid="access-log">
        {page.edges.map(({ node }) => {
          const action: Action | 'other' = (ACTIONS as readonly string[]).includes(node.action)
            ? (node.action as Action)
            : 'other';
          return (
            <li key={node.id} className="privacy-log__item">
              <p className="privacy-log__date">
                {formatDateTimeInWords(node.createdAt, locale, timeZone, tc)}
              </p>
              <dl className="privacy-facts">
                <div>
                  <dt>{t('admin.log.subject')}</dt>
                  <dd>
                    {node.subjectName ? (
                      <bdi>{node.subjectName}</bdi>
                    ) : (
                      <span className="muted">{t('admin.log.subjectNone')}</span>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('admin.log.staff')}</dt>
                  <dd>
                    <bdi>{node.staffName}</bdi>
                  </dd>
                </div>
                <div>
                  <dt>{t('admin.log.action')}</dt>
                  <dd>{t(`admin.actions.${action}`)}</dd>
                </div>
                <div>
                  <dt>{t('admin.log.reason')}</dt>
                  <dd lang={CONTENT_LANG} dir="auto">
                    {node.reason}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
      {Boolean(more.error) && <LoadError error={more.error} onRetry={loadMore} />}
      {page.hasNextPage && (
        <Button variant="secondary" onClick={loadMore} disabled={more.loading}>
          {t('admin.log.more')}
        </Button>
      )}
    </>
  );
}
