import { useMutation, useQuery } from '@apollo/client/react';
import {
  FeedDocument,
  MuteMemberDocument,
  MutedMembersDocument,
  type PostFieldsFragment,
} from '@palier/web-data-access';
import {
  LoadError,
  RequireRole,
  useDocumentTitle,
  useMe,
  type MyMembership,
} from '@palier/web-session';
import { Button, LoadingRegion, PageLayout, Skeleton, Toast } from '@palier/web-ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Composer } from './composer';
import { PostCard } from './post-card';
import { useFeedLive } from './use-feed-live';

const MODERATORS = ['builder', 'admin'];

function Feed({ membership }: { membership: MyMembership }) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const community = membership.community;
  const { me } = useMe();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [fresh, setFresh] = useState<string[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  const [toast, setToast] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedDocument, {
    variables: { communityId: community.id },
    fetchPolicy: 'cache-and-network',
  });
  const muted = useQuery(MutedMembersDocument, { variables: { communityId: community.id } });
  const [unmute] = useMutation(MuteMemberDocument);
  useDocumentTitle(t('page.title'));

  const page = data?.feed;
  const shown = new Set([
    ...(page?.pinned.map((p) => p.id) ?? []),
    ...(page?.edges.map((e) => e.node.id) ?? []),
  ]);

  useFeedLive(community.id, {
    onNew: ({ postId, authorId }) => {
      const mutedIds = muted.data?.mutedMembers.map((m) => m.accountId) ?? [];
      if (authorId && mutedIds.includes(authorId)) return;
      setFresh((ids) => (ids.includes(postId) || shown.has(postId) ? ids : [...ids, postId]));
    },
    onRemoved: ({ postId, authorId, deleted }) => {
      const stillMine = !deleted && (authorId === me?.id || MODERATORS.includes(membership.role));
      if (stillMine) void refetch();
      else {
        setRemoved((ids) => [...ids, postId]);
        setFresh((ids) => ids.filter((id) => id !== postId));
      }
    },
  });

  const showFresh = async () => {
    await refetch();
    setFresh([]);
    listHeading.current?.focus();
  };
  const visible = (id: string) => !removed.includes(id);
  const pinned = page?.pinned.filter((p) => visible(p.id)) ?? [];
  const posts = page?.edges.map((e) => e.node).filter((p) => visible(p.id)) ?? [];
  const waiting = fresh.filter((id) => !shown.has(id)).length;
  const item = (post: PostFieldsFragment) => (
    <li key={post.id}>
      <PostCard
        post={post}
        slug={community.slug}
        timeZone={community.timeZone}
        headingLevel={3}
        notify={setToast}
        onDeleted={() => setRemoved((ids) => [...ids, post.id])}
        onMuted={() => {
          void refetch();
          void muted.refetch();
        }}
      />
    </li>
  );

  return (
    <PageLayout title={t('page.title')} lead={<p>{t('page.lead')}</p>}>
      <Composer
        communityId={community.id}
        role={membership.role}
        onPublished={() => {
          void refetch();
          setFresh([]);
        }}
      />
      <div role="status" aria-live="polite" className="feed-banner-region">
        {waiting > 0 && (
          <Button
            variant="secondary"
            icon="refresh"
            onClick={() => void showFresh()}
            data-testid="feed-new-posts"
          >
            {t('page.newPosts', { count: waiting })}
          </Button>
        )}
      </div>
      {pinned.length > 0 && (
        <section aria-labelledby="feed-pinned" className="feed-section">
          <h2 id="feed-pinned">{t('page.pinnedTitle')}</h2>
          <ul className="feed-list">{pinned.map(item)}</ul>
        </section>
      )}
      <section aria-labelledby="feed-list" className="feed-section">
        <h2 id="feed-list" ref={listHeading} tabIndex={-1}>
          {t('page.listTitle')}
        </h2>
        {loading && !data ? (
          <LoadingRegion label={tc('common.loading')}>
            <Skeleton lines={4} />
          </LoadingRegion>
        ) : error && !data ? (
          <LoadError error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : posts.length === 0 ? (
          <p data-testid="feed-empty">{t('page.empty')}</p>
        ) : (
          <ul className="feed-list" data-testid="feed-list">
            {posts.map(item)}
          </ul>
        )}
        {page?.pageInfo.hasNextPage ? (
          <Button
            variant="secondary"
            onClick={() =>
              void fetchMore({
                variables: { after: page.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  feed: {
                    ...fetchMoreResult.feed,
                    pinned: previous.feed.pinned,
                    edges: [...previous.feed.edges, ...fetchMoreResult.feed.edges],
                  },
                }),
              })
            }
          >
            {t('page.more')}
          </Button>
        ) : (
          posts.length > 0 && <p>{t('page.end')}</p>
        )}
      </section>
      {(muted.data?.mutedMembers.length ?? 0) > 0 && (
        <details className="feed-section">
          <summary>{t('page.mutedTitle')}</summary>
          <ul className="feed-list">
            {muted.data?.mutedMembers.map((m) => (
              <li key={m.accountId}>
                <Button
                  variant="secondary"
                  icon="eye"
                  onClick={() =>
                    void unmute({
                      variables: {
                        communityId: community.id,
                        accountId: m.accountId,
                        muted: false,
                      },
                    }).then(() => {
                      void muted.refetch();
                      void refetch();
                    })
                  }
                >
                  {t('page.unmute', { name: m.displayName })}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Toast message={toast} onDismiss={() => setToast(null)} dismissLabel={tc('common.close')} />
    </PageLayout>
  );
}

/** `/c/:slug/fil`: the community feed, newest first, with new posts announced live. */
export function FeedPage() {
  const { slug = '' } = useParams();
  return <RequireRole slug={slug}>{(membership) => <Feed membership={membership} />}</RequireRole>;
}
