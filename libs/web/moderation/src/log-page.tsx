import { useQuery } from '@apollo/client/react';
import { ModerationLogDocument } from '@palier/web-data-access';
import { formatDateInWords, formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { LoadError, RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import { Button, ButtonLink, Link, LoadingRegion, PageLayout, Skeleton } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

type ActionKey = 'log.actions.hide';
type TypeKey = 'log.types.post';

function Log({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const community = membership.community;
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogDocument, {
    variables: { communityId: community.id },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(t('log.title'));
  const page = data?.moderationLog;
  return (
    <PageLayout title={t('log.title')} lead={<p>{t('log.lead')}</p>}>
      <p className="moderation-links">
        <ButtonLink to={`/c/${encodeURIComponent(community.slug)}/moderation`} variant="secondary">
          {t('log.queueLink')}
        </ButtonLink>{' '}
        <Link to={`/c/${encodeURIComponent(community.slug)}/charte`}>{t('report.charter')}</Link>
      </p>
      {loading && !data ? (
        <LoadingRegion label={tc('common.loading')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : error && !data ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : page?.decisions.length ? (
        <ol className="moderation-list moderation-log" data-testid="moderation-log">
          {page.decisions.map((d) => (
            <li key={d.id} className="moderation-log__entry">
              <p className="moderation-log__what">
                <strong>
                  {t('log.entry', {
                    action: t(`log.actions.${d.action}` as ActionKey),
                    label: t(`log.types.${d.itemType}` as TypeKey, { defaultValue: d.itemType }),
                  })}
                </strong>{' '}
                —{' '}
                <time dateTime={d.decidedAt}>
                  {formatDateTimeInWords(d.decidedAt, locale, community.timeZone, tc)}
                </time>
              </p>
              <p>
                {d.automatic
                  ? t('log.automatic')
                  : t('log.by', { name: d.decidedByName ?? t('queue.formerMember') })}
              </p>
              {d.subjectName && <p>{t('log.subject', { name: d.subjectName })}</p>}
              <p>{d.reason}</p>
              {d.suspendedUntil && (
                <p>
                  {t('mine.until', {
                    date: formatDateInWords(d.suspendedUntil, locale, community.timeZone),
                  })}
                </p>
              )}
              {d.charterVersion && <p>{t('log.charterVersion', { version: d.charterVersion })}</p>}
              {d.appealed && <p>{t('log.appealed')}</p>}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('log.empty')}</p>
      )}
      {page?.endCursor && (
        <Button
          variant="secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: page.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                moderationLog: {
                  ...fetchMoreResult.moderationLog,
                  decisions: [
                    ...previous.moderationLog.decisions,
                    ...fetchMoreResult.moderationLog.decisions,
                  ],
                },
              }),
            })
          }
        >
          {t('log.more')}
        </Button>
      )}
    </PageLayout>
  );
}

/** `/c/:slug/moderation/journal`: every decision, who, when, why (builders and admins). */
export function LogPage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug} roles={['builder', 'admin']}>
      {(membership) => <Log membership={membership} />}
    </RequireRole>
  );
}
