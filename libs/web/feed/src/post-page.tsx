import { useMutation, useQuery } from '@apollo/client/react';
import { FEED_LIMITS } from '@palier/shared';
import {
  AddCommentDocument,
  DeleteCommentDocument,
  PostCommentsDocument,
  PostDocument,
  PostReactorsDocument,
  fieldProblemsOf,
  type CommentFieldsFragment,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { ReportDialog } from '@palier/web-moderation';
import { RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import {
  Alert,
  Button,
  Link,
  LoadingRegion,
  PageLayout,
  Skeleton,
  TextArea,
  Toast,
} from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionPicker } from './mention-picker';
import { mentionIdsIn, withMention, type Mention } from './mentions';
import { useNavigate, useParams } from 'react-router';
import { PostCard } from './post-card';
import { PostText } from './post-text';
import { useFeedLive } from './use-feed-live';

function CommentForm({
  communityId,
  postId,
  parent,
  onDone,
}: {
  communityId: string;
  postId: string;
  parent?: CommentFieldsFragment;
  onDone?: () => void;
}) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [add, { loading }] = useMutation(AddCommentDocument, {
    refetchQueries: [PostCommentsDocument],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(tc('errors.BAD_USER_INPUT'));
    try {
      await add({
        variables: {
          communityId,
          postId,
          input: { body, parentId: parent?.id ?? null, mentionIds: mentionIdsIn(body, mentions) },
        },
      });
      setBody('');
      setMentions([]);
      setError(null);
      onDone?.();
    } catch (e) {
      setError(fieldProblemsOf(e).length ? t('composer.bodyTooLong') : tc('errors.INTERNAL'));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="feed-comment-form">
      <TextArea
        id={`${id}-comment`}
        label={
          parent
            ? t('comments.replyLabel', { name: parent.author.displayName })
            : t('comments.label')
        }
        rows={3}
        maxLength={FEED_LIMITS.commentBodyMax}
        value={body}
        error={error}
        errorPrefix={tc('common.errorPrefix')}
        onChange={(e) => setBody(e.target.value)}
        data-testid="comment-body"
      />
      <MentionPicker
        communityId={communityId}
        onPick={(member) => {
          setMentions((list) => [...list, member]);
          setBody((text) => withMention(text, member));
          document.getElementById(`${id}-comment`)?.focus();
        }}
      />
      <Button type="submit" disabled={loading} data-testid="comment-send">
        {t('comments.send')}
      </Button>
      {parent && onDone && (
        <Button variant="secondary" onClick={onDone}>
          {t('comments.cancelReply')}
        </Button>
      )}
    </form>
  );
}

function CommentItem({
  comment,
  replies,
  membership,
  locked,
  notify,
}: {
  comment: CommentFieldsFragment;
  replies: CommentFieldsFragment[];
  membership: MyMembership;
  locked: boolean;
  notify: (m: string) => void;
}) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [replying, setReplying] = useState(false);
  const [reporting, setReporting] = useState(false);
  const [remove] = useMutation(DeleteCommentDocument, { refetchQueries: [PostCommentsDocument] });
  const community = membership.community;
  return (
    <li className={comment.hidden ? 'feed-comment feed-comment--hidden' : 'feed-comment'}>
      <p className="feed-comment__author">
        <strong>{comment.author.displayName}</strong>{' '}
        <time dateTime={comment.createdAt}>
          {formatDateTimeInWords(comment.createdAt, locale, community.timeZone, tc)}
        </time>
        {comment.hidden && <span className="feed-badge">{t('comments.hidden')}</span>}
      </p>
      <PostText text={comment.body} />
      <div className="feed-post__actions">
        {!comment.parentId && !locked && (
          <Button variant="secondary" onClick={() => setReplying(true)}>
            {t('comments.reply')}
          </Button>
        )}
        {comment.mine ? (
          <Button
            variant="secondary"
            icon="trash"
            onClick={() =>
              void remove({ variables: { communityId: community.id, commentId: comment.id } })
            }
          >
            {t('comments.delete')}
          </Button>
        ) : (
          <Button variant="secondary" icon="alert" onClick={() => setReporting(true)}>
            {t('comments.report')}
          </Button>
        )}
      </div>
      {replying && (
        <CommentForm
          communityId={community.id}
          postId={comment.postId}
          parent={comment}
          onDone={() => setReplying(false)}
        />
      )}
      {replies.length > 0 && (
        <ul className="feed-comments feed-comments--replies">
          {replies.map((reply) => (
            <CommentItem
              key={reply.id}
              comment={reply}
              replies={[]}
              membership={membership}
              locked={locked}
              notify={notify}
            />
          ))}
        </ul>
      )}
      <ReportDialog
        open={reporting}
        onClose={() => setReporting(false)}
        onSent={notify}
        communityId={community.id}
        slug={community.slug}
        itemType="comment"
        itemId={comment.id}
      />
    </li>
  );
}

function PostView({ membership, postId }: { membership: MyMembership; postId: string }) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const community = membership.community;
  const [toast, setToast] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const variables = { communityId: community.id, postId };
  const { data, loading, error, refetch } = useQuery(PostDocument, { variables });
  const comments = useQuery(PostCommentsDocument, { variables });
  const reactors = useQuery(PostReactorsDocument, { variables });
  useDocumentTitle(
    data?.post ? t('post.by', { name: data.post.author.displayName }) : t('page.title'),
  );
  useFeedLive(community.id, {
    onRemoved: (e) => {
      if (e.postId !== postId) return;
      if (!e.deleted && (data?.post.mine || ['builder', 'admin'].includes(membership.role)))
        void refetch();
      else setGone(true);
    },
  });
  const back = (
    <p>
      <Link to={`/c/${encodeURIComponent(community.slug)}/fil`}>{t('page.backToFeed')}</Link>
    </p>
  );
  if (loading && !data)
    return (
      <LoadingRegion label={tc('common.loading')}>
        <Skeleton shape="heading" />
        <Skeleton lines={4} />
      </LoadingRegion>
    );
  if (gone || (error && !data) || !data)
    return (
      <PageLayout title={t('page.title')}>
        <Alert tone="error">{t('post.notFound')}</Alert>
        {back}
      </PageLayout>
    );
  const post = data.post;
  const list = comments.data?.postComments ?? [];
  const top = list.filter((c) => !c.parentId);
  return (
    <PageLayout title={t('post.by', { name: post.author.displayName })}>
      {back}
      <PostCard
        post={post}
        slug={community.slug}
        timeZone={community.timeZone}
        headingLevel={2}
        standalone
        notify={setToast}
        onDeleted={() => void navigate(`/c/${encodeURIComponent(community.slug)}/fil`)}
      />
      <details className="feed-section">
        <summary>{t('reactors.title')}</summary>
        {reactors.data?.postReactors.length ? (
          <ul className="feed-reactors">
            {reactors.data.postReactors.map((r, i) => (
              <li key={i}>
                <span aria-hidden="true">{r.emoji}</span> {t(`reaction.${r.reaction}`)} —{' '}
                {r.member.displayName}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('reactors.empty')}</p>
        )}
      </details>
      <section aria-labelledby="feed-comments" className="feed-section">
        <h2 id="feed-comments">{t('comments.title')}</h2>
        {top.length ? (
          <ul className="feed-comments" data-testid="comments">
            {top.map((c) => (
              <CommentItem
                key={c.id}
                comment={c}
                replies={list.filter((r) => r.parentId === c.id)}
                membership={membership}
                locked={post.commentsLocked}
                notify={setToast}
              />
            ))}
          </ul>
        ) : (
          <p>{t('comments.empty')}</p>
        )}
        {post.commentsLocked ? (
          <p>{t('comments.locked')}</p>
        ) : (
          !post.hidden && <CommentForm communityId={community.id} postId={post.id} />
        )}
      </section>
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </PageLayout>
  );
}

/** `/c/:slug/fil/:postId`: one post with its comments (one level of replies) and who reacted. */
export function PostPage() {
  const { slug = '', postId = '' } = useParams();
  return (
    <RequireRole slug={slug}>
      {(membership) => <PostView membership={membership} postId={postId} />}
    </RequireRole>
  );
}
