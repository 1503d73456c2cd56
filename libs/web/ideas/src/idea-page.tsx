import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddIdeaCommentDocument,
  DeleteIdeaCommentDocument,
  IdeaCommentsDocument,
  IdeaDocument,
  IdeaHistoryDocument,
  SupportIdeaDocument,
  errorCodeOf,
  serverMessageOf,
  type IdeaFieldsFragment,
} from '@palier/web-data-access';
import { formatDateInWords, formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { CommentThread, ContributionText, ReportDialog } from '@palier/web-moderation';
import { RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  Icon,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
  Toast,
} from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ideasPath, StatusBadge, useIdeasLive } from './idea-parts';
import { IdeaPhotoForm } from './idea-photo';
import { IdeaStaffPanel } from './idea-staff-panel';

const STAFF = ['staff', 'builder', 'admin'];
const OPEN = ['submitted', 'under_study', 'accepted', 'in_progress'];

/** The support button (pressed when I support it) and the count, read out when it changes. */
function Support({ communityId, idea }: { communityId: string; idea: IdeaFieldsFragment }) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const [support, { loading }] = useMutation(SupportIdeaDocument);
  const [error, setError] = useState<string | null>(null);
  const open = OPEN.includes(idea.status) && !idea.mergedInto && !idea.hidden;
  const toggle = async () => {
    // The button stays enabled while it works: disabling it would drop the keyboard focus.
    if (loading) return;
    setError(null);
    try {
      await support({
        variables: { communityId, ideaId: idea.id, supported: !idea.supportedByMe },
      });
    } catch (e) {
      setError(serverMessageOf(e) ?? tc('errors.INTERNAL'));
    }
  };
  return (
    <div className="ideas-support">
      <p className="ideas-support__count" role="status" data-testid="idea-support-count">
        <Icon name="users" /> {t('card.supports', { count: idea.supportCount })}
        {idea.supportedByMe && <> — {t('idea.supported')}</>}
      </p>
      {open || idea.supportedByMe ? (
        <Button
          variant={idea.supportedByMe ? 'secondary' : 'primary'}
          icon={idea.supportedByMe ? 'close' : 'check'}
          aria-pressed={idea.supportedByMe}
          onClick={() => void toggle()}
          data-testid="idea-support"
        >
          {idea.supportedByMe ? t('idea.withdraw') : t('idea.support')}
        </Button>
      ) : (
        <p>{t('idea.closed')}</p>
      )}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}

function History({
  communityId,
  ideaId,
  timeZone,
}: {
  communityId: string;
  ideaId: string;
  timeZone: string;
}) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data } = useQuery(IdeaHistoryDocument, { variables: { communityId, ideaId } });
  const changes = data?.ideaHistory ?? [];
  return (
    <section aria-labelledby="idea-history" className="ideas-section">
      <h2 id="idea-history">{t('history.title')}</h2>
      {changes.length ? (
        <ol className="ideas-history" data-testid="idea-history">
          {[...changes].reverse().map((c) => (
            <li key={c.id} className="ideas-history__item">
              <p className="ideas-history__step">
                <StatusBadge status={c.toStatus} />{' '}
                <time dateTime={c.createdAt}>
                  {formatDateTimeInWords(c.createdAt, locale, timeZone, tc)}
                </time>
              </p>
              <ContributionText text={c.answer} />
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('history.empty')}</p>
      )}
    </section>
  );
}

function IdeaView({ membership, ideaId }: { membership: MyMembership; ideaId: string }) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const community = membership.community;
  const [toast, setToast] = useState<string | null>(null);
  const [reporting, setReporting] = useState(false);
  const [params] = useSearchParams();
  const variables = { communityId: community.id, ideaId };
  const { data, loading, error } = useQuery(IdeaDocument, { variables });
  const comments = useQuery(IdeaCommentsDocument, { variables });
  const [addComment] = useMutation(AddIdeaCommentDocument, {
    refetchQueries: [IdeaCommentsDocument, IdeaDocument],
  });
  const [deleteComment] = useMutation(DeleteIdeaCommentDocument, {
    refetchQueries: [IdeaCommentsDocument, IdeaDocument],
  });
  useDocumentTitle(data?.idea.title ?? t('page.title'));
  useIdeasLive(community.id);
  const back = (
    <p>
      <Link to={ideasPath(community.slug)}>{t('idea.back')}</Link>
    </p>
  );
  if (loading && !data)
    return (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="heading" />
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  // Hidden by moderation while shown (read again live): it is gone for members.
  if (!data || errorCodeOf(error) === 'NOT_FOUND')
    return (
      <PageLayout title={t('page.title')}>
        <Alert tone="error">{t('idea.notFound')}</Alert>
        {back}
      </PageLayout>
    );
  const idea = data.idea;
  return (
    <PageLayout title={idea.title}>
      {back}
      <p className="ideas-card__meta">
        <StatusBadge status={idea.status} />
        <span>{t('idea.category', { name: idea.category.name })}</span>
      </p>
      <p className="ideas-card__meta">
        {t('idea.proposedBy', {
          name: idea.author.displayName,
          date: formatDateInWords(idea.createdAt, locale, community.timeZone),
        })}
      </p>
      {idea.hidden && (
        <Alert tone="info">
          {idea.hiddenReason ? t('idea.hiddenBy', { reason: idea.hiddenReason }) : t('idea.hidden')}
        </Alert>
      )}
      {idea.mergedInto && (
        <Alert tone="info">
          <p>{t('idea.mergedInto', { title: idea.mergedInto.title })}</p>
          <p>
            <Link to={ideasPath(community.slug, idea.mergedInto.id)}>{t('idea.seeMerged')}</Link>
          </p>
        </Alert>
      )}
      {idea.outcome && (
        <p className="ideas-outcome" data-testid="idea-outcome">
          <Icon name="check" />{' '}
          {idea.outcome.kind === 'activity'
            ? t('idea.outcomeActivity', { title: idea.outcome.title })
            : t('idea.outcomeProject', { title: idea.outcome.title })}
        </p>
      )}
      {idea.mine && params.get('photo') === 'refusee' && !idea.photo && (
        <Alert tone="error">{t('idea.photoFailed')}</Alert>
      )}
      {idea.photo && (
        <p className="ideas-photo">
          <a href={idea.photo.url}>
            <img
              src={idea.photo.thumbnailUrl}
              alt={idea.photo.alt}
              width={idea.photo.thumbnailWidth}
              height={idea.photo.thumbnailHeight}
              loading="lazy"
            />
          </a>
        </p>
      )}
      <ContributionText text={idea.description} className="ideas-description" />
      <Support communityId={community.id} idea={idea} />
      {!idea.mine && (
        <p>
          <Button variant="secondary" icon="alert" onClick={() => setReporting(true)}>
            {t('idea.report')}
          </Button>
        </p>
      )}
      {idea.mine && !idea.mergedInto && (
        <details className="ideas-details">
          <summary>
            <Icon name="plus" /> {t('idea.photoTitle')}
          </summary>
          <IdeaPhotoForm communityId={community.id} idea={idea} notify={setToast} />
        </details>
      )}
      <History communityId={community.id} ideaId={idea.id} timeZone={community.timeZone} />
      {STAFF.includes(membership.role) && !idea.mergedInto && (
        <IdeaStaffPanel
          communityId={community.id}
          slug={community.slug}
          idea={idea}
          notify={setToast}
        />
      )}
      <CommentThread
        comments={comments.data?.ideaComments ?? []}
        communityId={community.id}
        slug={community.slug}
        timeZone={community.timeZone}
        reportType="idea_comment"
        closed={Boolean(idea.mergedInto)}
        closedText={t('idea.commentsClosed')}
        mayComment={!idea.hidden}
        onAdd={(body, parentId) =>
          addComment({
            variables: { communityId: community.id, ideaId: idea.id, input: { body, parentId } },
          })
        }
        onDelete={(commentId) =>
          deleteComment({ variables: { communityId: community.id, commentId } })
        }
        notify={setToast}
      />
      <ReportDialog
        open={reporting}
        onClose={() => setReporting(false)}
        onSent={setToast}
        communityId={community.id}
        slug={community.slug}
        itemType="idea"
        itemId={idea.id}
      />
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </PageLayout>
  );
}

/** `/c/:slug/idees/:ideaId`: one idea, its supports, the centre's answers and its comments. */
export function IdeaPage() {
  const { slug = '', ideaId = '' } = useParams();
  return (
    <RequireRole slug={slug}>
      {(membership) => <IdeaView membership={membership} ideaId={ideaId} />}
    </RequireRole>
  );
}
