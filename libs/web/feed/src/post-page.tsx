import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddCommentDocument,
  DeleteCommentDocument,
  PostCommentsDocument,
  PostDocument,
  PostReactorsDocument,
} from '@palier/web-data-access';
import { CommentThread } from '@palier/web-moderation';
import { RequireRole, useDocumentTitle, type MyMembership } from '@palier/web-session';
import { Alert, Link, LoadingRegion, PageLayout, Skeleton, Toast } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MentionPicker } from './mention-picker';
import { mentionIdsIn, withMention, type Mention } from './mentions';
import { PostCard } from './post-card';
import { useFeedLive } from './use-feed-live';

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
  const [addComment] = useMutation(AddCommentDocument, { refetchQueries: [PostCommentsDocument] });
  // The members picked in any comment box of the page; those still named in a text are notified.
  const [picked, setPicked] = useState<Mention[]>([]);
  const [deleteComment] = useMutation(DeleteCommentDocument, {
    refetchQueries: [PostCommentsDocument],
  });
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
      <CommentThread
        comments={comments.data?.postComments ?? []}
        communityId={community.id}
        slug={community.slug}
        timeZone={community.timeZone}
        reportType="comment"
        closed={post.commentsLocked}
        mayComment={!post.hidden}
        onAdd={(body, parentId) =>
          addComment({
            variables: {
              communityId: community.id,
              postId,
              input: { body, parentId, mentionIds: mentionIdsIn(body, picked) },
            },
          })
        }
        formExtras={(edit) => (
          <MentionPicker
            communityId={community.id}
            onPick={(member) => {
              setPicked((list) => [...list, member]);
              edit((text) => withMention(text, member));
            }}
          />
        )}
        onDelete={(commentId) =>
          deleteComment({ variables: { communityId: community.id, commentId } })
        }
        notify={setToast}
      />
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
