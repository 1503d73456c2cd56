import { useMutation, useQuery } from '@apollo/client/react';
import {
  AnswerAppealDocument,
  ModerationAppealsDocument,
  ModerationQueueDocument,
  type ModerationQueueQuery,
} from '@palier/web-data-access';
import { LoadError, RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Button,
  ButtonLink,
  Card,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
  TextArea,
  Toast,
} from '@palier/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DecisionDialog } from './decision-dialog';

type Case = ModerationQueueQuery['moderationQueue'][number];

function CaseCard({
  entry,
  communityId,
  notify,
}: {
  entry: Case;
  communityId: string;
  notify: (m: string) => void;
}) {
  const { t } = useTranslation('moderation');
  const [deciding, setDeciding] = useState(false);
  const id = useId();
  const { item } = entry;
  return (
    <Card
      as="li"
      className="moderation-case"
      aria-labelledby={`${id}-title`}
      data-testid="moderation-case"
    >
      <h2 id={`${id}-title`} className="moderation-case__title">
        {item.label} — {t('queue.count', { count: entry.reportCount })}
      </h2>
      <p>{t('queue.author', { name: item.authorName ?? t('queue.formerMember') })}</p>
      {item.gone ? (
        <p>{t('queue.gone')}</p>
      ) : (
        <blockquote className="moderation-case__excerpt">{item.excerpt}</blockquote>
      )}
      {item.hidden && <p className="moderation-case__hidden">{t('queue.hidden')}</p>}
      <p>
        {t('queue.reasons')} :{' '}
        {entry.reasons
          .map((r) =>
            t('queue.reasonCount', {
              reason: t(`report.reasons.${r.reason}` as 'report.reasons.other'),
              count: r.count,
            }),
          )
          .join(', ')}
      </p>
      {entry.details.length > 0 && (
        <details>
          <summary>{t('queue.details')}</summary>
          <ul>
            {entry.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        </details>
      )}
      <div className="moderation-case__actions">
        {item.link && <Link to={item.link}>{t('queue.see')}</Link>}
        <Button onClick={() => setDeciding(true)} data-testid="moderation-decide">
          {t('queue.decide')}
        </Button>
      </div>
      <DecisionDialog
        open={deciding}
        onClose={() => setDeciding(false)}
        onDone={notify}
        communityId={communityId}
        item={item}
      />
    </Card>
  );
}

function Appeals({ communityId, notify }: { communityId: string; notify: (m: string) => void }) {
  const { t } = useTranslation('moderation');
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const { data } = useQuery(ModerationAppealsDocument, { variables: { communityId } });
  const [answer] = useMutation(AnswerAppealDocument, {
    refetchQueries: [ModerationAppealsDocument],
  });
  const appeals = data?.moderationAppeals ?? [];
  if (!appeals.length) return null;
  return (
    <section aria-labelledby={`${id}-appeals`} className="moderation-section">
      <h2 id={`${id}-appeals`}>{t('queue.appealsTitle')}</h2>
      <ul className="moderation-list">
        {appeals.map((appeal) => (
          <Card as="li" key={appeal.id}>
            <p>
              {t('queue.appealFrom', {
                name: appeal.decision.subjectName ?? t('queue.formerMember'),
                message: appeal.message,
              })}
            </p>
            <p>{appeal.decision.reason}</p>
            <TextArea
              id={`${id}-${appeal.id}`}
              label={t('queue.appealAnswer')}
              rows={2}
              value={answers[appeal.id] ?? ''}
              onChange={(e) => setAnswers((a) => ({ ...a, [appeal.id]: e.target.value }))}
            />
            <div className="moderation-case__actions">
              {[true, false].map((upheld) => (
                <Button
                  key={String(upheld)}
                  variant={upheld ? 'primary' : 'secondary'}
                  disabled={!answers[appeal.id]?.trim()}
                  onClick={() =>
                    void answer({
                      variables: {
                        communityId,
                        appealId: appeal.id,
                        upheld,
                        reason: answers[appeal.id] ?? '',
                      },
                    }).then(() => notify(t('decision.done')))
                  }
                >
                  {upheld ? t('queue.appealAccept') : t('queue.appealRefuse')}
                </Button>
              ))}
            </div>
          </Card>
        ))}
      </ul>
    </section>
  );
}

function Queue({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const community = membership.community;
  const [toast, setToast] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ModerationQueueDocument, {
    variables: { communityId: community.id },
    fetchPolicy: 'cache-and-network',
  });
  useDocumentTitle(t('queue.title'));
  const cases = data?.moderationQueue ?? [];
  return (
    <PageLayout title={t('queue.title')} lead={<p>{t('queue.lead')}</p>}>
      <p className="moderation-links">
        <ButtonLink
          to={`/c/${encodeURIComponent(community.slug)}/moderation/journal`}
          variant="secondary"
        >
          {t('queue.logLink')}
        </ButtonLink>{' '}
        {membership.role === 'admin' && (
          <Link to={`/c/${encodeURIComponent(community.slug)}/moderation/reglages`}>
            {t('settings.link')}
          </Link>
        )}{' '}
        <Link to={`/c/${encodeURIComponent(community.slug)}/charte`}>{t('report.charter')}</Link>
      </p>
      {loading && !data ? (
        <LoadingRegion label={tc('common.loading')}>
          <Skeleton lines={4} />
        </LoadingRegion>
      ) : error && !data ? (
        <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : cases.length ? (
        <ul className="moderation-list" data-testid="moderation-queue">
          {cases.map((entry) => (
            <CaseCard
              key={`${entry.item.type}:${entry.item.id}`}
              entry={entry}
              communityId={community.id}
              notify={setToast}
            />
          ))}
        </ul>
      ) : (
        <p data-testid="moderation-empty">{t('queue.empty')}</p>
      )}
      <Appeals communityId={community.id} notify={setToast} />
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </PageLayout>
  );
}

/** `/c/:slug/moderation`: the builders' queue of reports, grouped by item, and the appeals. */
export function QueuePage() {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug} roles={['builder', 'admin']}>
      {(membership) => <Queue membership={membership} />}
    </RequireRole>
  );
}
