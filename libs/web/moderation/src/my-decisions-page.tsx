import { useMutation, useQuery } from '@apollo/client/react';
import { MODERATION_LIMITS } from '@palier/shared';
import {
  AppealModerationDecisionDocument,
  MyModerationDecisionsDocument,
} from '@palier/web-data-access';
import { formatDateInWords, formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import { Button, Card, Link, LoadingRegion, PageLayout, Skeleton, TextArea } from '@palier/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

type ActionKey = 'log.actions.hide';

function Mine({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const community = membership.community;
  const [messages, setMessages] = useState<Record<string, string>>({});
  const variables = { communityId: community.id };
  const { data, loading } = useQuery(MyModerationDecisionsDocument, { variables });
  const [appeal] = useMutation(AppealModerationDecisionDocument, {
    refetchQueries: [MyModerationDecisionsDocument],
  });
  useDocumentTitle(t('mine.title'));
  const decisions = data?.myModerationDecisions ?? [];
  return (
    <PageLayout title={t('mine.title')} lead={<p>{t('mine.lead')}</p>}>
      <p>
        <Link to={`/c/${encodeURIComponent(community.slug)}/charte`}>{t('report.charter')}</Link>
      </p>
      {loading && !data ? (
        <LoadingRegion label={tc('common.loading')}>
          <Skeleton lines={3} />
        </LoadingRegion>
      ) : decisions.length ? (
        <ul className="moderation-list">
          {decisions.map((d) => (
            <Card as="li" key={d.id}>
              <p>
                <strong>{t(`log.actions.${d.action}` as ActionKey)}</strong> —{' '}
                <time dateTime={d.decidedAt}>
                  {formatDateTimeInWords(d.decidedAt, locale, community.timeZone, tc)}
                </time>
              </p>
              <p>{t('mine.reason', { reason: d.reason })}</p>
              {d.suspendedUntil && (
                <p>
                  {t('mine.until', {
                    date: formatDateInWords(d.suspendedUntil, locale, community.timeZone),
                  })}
                </p>
              )}
              {d.appealMessage ? (
                <>
                  <p>{t('mine.appealed', { message: d.appealMessage })}</p>
                  <p>
                    {d.appealUpheld === null
                      ? t('mine.waiting')
                      : d.appealUpheld
                        ? t('mine.upheld')
                        : t('mine.refused')}
                  </p>
                </>
              ) : (
                d.mayAppeal && (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (messages[d.id]?.trim())
                        void appeal({
                          variables: { ...variables, decisionId: d.id, message: messages[d.id] },
                        });
                    }}
                  >
                    <TextArea
                      id={`${id}-${d.id}`}
                      label={t('mine.appealLabel')}
                      rows={3}
                      maxLength={MODERATION_LIMITS.appealMax}
                      value={messages[d.id] ?? ''}
                      onChange={(e) => setMessages((m) => ({ ...m, [d.id]: e.target.value }))}
                    />
                    <Button type="submit">{t('mine.appealSend')}</Button>
                  </form>
                )
              )}
            </Card>
          ))}
        </ul>
      ) : (
        <p>{t('mine.empty')}</p>
      )}
    </PageLayout>
  );
}

/** `/c/:slug/moderation/mes-decisions`: what the team decided about me, and my one appeal. */
export function MyDecisionsPage() {
  const { slug = '' } = useParams();
  return <RequireRole slug={slug}>{(membership) => <Mine membership={membership} />}</RequireRole>;
}
