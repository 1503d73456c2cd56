import { useQuery } from '@apollo/client/react';
import { PublicPostsDocument } from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { Card } from '@palier/web-ui';
import { ContributionText } from '@palier/web-moderation';
import { useTranslation } from 'react-i18next';
import { PostPhotos } from './post-photos';

/**
 * On the sas, for anyone: the few posts their authors chose to make public (read only, newest
 * first). Nothing shows when there are none, or while they load: the sas stays light. They can
 * be followed from Mastodon and the fediverse, at the community's address.
 */
export function PublicPosts({
  communityId,
  slug,
  timeZone,
}: {
  communityId: string;
  slug: string;
  timeZone: string;
}) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const { data } = useQuery(PublicPostsDocument, { variables: { communityId } });
  const posts = data?.publicPosts.edges.map((e) => e.node) ?? [];
  if (posts.length === 0) return null;
  return (
    <section className="sas-section" aria-labelledby="sas-public-posts">
      <h2 id="sas-public-posts">{t('public.title')}</h2>
      <ul className="feed-public" data-testid="public-posts">
        {posts.map((post) => (
          <li key={post.id}>
            <Card as="article" aria-labelledby={`public-${post.id}`}>
              <h3 id={`public-${post.id}`} className="feed-public__author">
                {post.author.displayName}
              </h3>
              <p className="muted">
                <time dateTime={post.createdAt}>
                  {formatDateTimeInWords(post.createdAt, locale, timeZone, tc)}
                </time>
                {post.editedAt && ` · ${t('post.edited')}`}
              </p>
              {post.contentWarning ? (
                <details>
                  <summary>{post.contentWarning}</summary>
                  <ContributionText text={post.body} />
                </details>
              ) : (
                <ContributionText text={post.body} />
              )}
              <PostPhotos photos={post.photos} />
            </Card>
          </li>
        ))}
      </ul>
      <p className="muted">
        {t('public.fediverse')} <span dir="ltr">{`@${slug}@${window.location.host}`}</span>
      </p>
    </section>
  );
}
