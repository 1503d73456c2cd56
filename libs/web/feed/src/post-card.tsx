import { useMutation } from '@apollo/client/react';
import { REACTION_EMOJI, REACTIONS, type Reaction } from '@palier/shared';
import {
  DeletePostDocument,
  LockCommentsDocument,
  MuteMemberDocument,
  PinPostDocument,
  ReactDocument,
  type PostFieldsFragment,
} from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { ContributionText, ReportDialog } from '@palier/web-moderation';
import { Alert, Button, Card, Dialog, Icon, Link, VisuallyHidden } from '@palier/web-ui';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PostEditForm } from './post-edit-form';
import { PostPhotos } from './post-photos';

export interface PostCardProps {
  post: PostFieldsFragment;
  slug: string;
  timeZone: string;
  /** h2 in the feed, h1 on the post's own page. */
  headingLevel: 2 | 3;
  /** On the post's own page: no link to itself, moderation buttons shown. */
  standalone?: boolean;
  /** Tells the page something happened (a sentence for its toast). */
  notify: (message: string) => void;
  onDeleted?: () => void;
  onMuted?: () => void;
}

/** One post: author, date in words, "modifié", content warning, text, photos, reactions, actions. */
export function PostCard({
  post,
  slug,
  timeZone,
  headingLevel,
  standalone,
  notify,
  onDeleted,
  onMuted,
}: PostCardProps) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const id = useId();
  const [reporting, setReporting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [editing, setEditing] = useState(false);
  const [react] = useMutation(ReactDocument);
  const [pin] = useMutation(PinPostDocument);
  const [lock] = useMutation(LockCommentsDocument);
  const [mute] = useMutation(MuteMemberDocument);
  const [remove] = useMutation(DeletePostDocument);
  const vars = { communityId: post.communityId, postId: post.id };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const base = `/c/${encodeURIComponent(slug)}/fil`;
  const counts = new Map(post.reactions.map((r) => [r.reaction, r]));
  const authorId = post.author.formerMember ? null : post.author.id;

  const content: ReactNode = (
    <>
      {post.body && <ContributionText text={post.body} />}
      <PostPhotos photos={post.photos} />
    </>
  );

  return (
    <Card
      as="article"
      className={post.hidden ? 'feed-post feed-post--hidden' : 'feed-post'}
      aria-labelledby={`${id}-author`}
      data-testid="feed-post"
      data-post-id={post.id}
    >
      <header className="feed-post__header">
        <Heading id={`${id}-author`} className="feed-post__author">
          {post.author.displayName}
        </Heading>
        <p className="feed-post__meta">
          <time dateTime={post.createdAt}>
            {formatDateTimeInWords(post.createdAt, locale, timeZone, tc)}
          </time>
          {post.editedAt && <span> · {t('post.edited')}</span>}
          {post.visibility === 'public' && (
            <span className="feed-badge">
              <Icon name="globe" /> {t('post.public')}
            </span>
          )}
          {post.pinned && (
            <span className="feed-badge">
              <Icon name="news" /> {t('post.pinned')}
            </span>
          )}
        </p>
      </header>
      {post.hidden && (
        <Alert tone="error">
          {t('post.hidden')}
          {post.hiddenReason && <> {t('post.hiddenReason', { reason: post.hiddenReason })}</>}
        </Alert>
      )}
      {editing ? (
        <PostEditForm post={post} onDone={() => setEditing(false)} />
      ) : post.contentWarning ? (
        <details className="feed-post__warning">
          <summary>
            {t('post.warning', { warning: post.contentWarning })} — {t('post.showContent')}
          </summary>
          {content}
        </details>
      ) : (
        content
      )}
      <div role="group" aria-label={t('post.reactions')} className="feed-reactions">
        {REACTIONS.map((reaction: Reaction) => {
          const count = counts.get(reaction)?.count ?? 0;
          const mine = counts.get(reaction)?.mine ?? false;
          return (
            <button
              key={reaction}
              type="button"
              className="feed-reaction"
              aria-pressed={mine}
              disabled={post.hidden}
              onClick={() =>
                void react({ variables: { ...vars, reaction: mine ? null : reaction } })
              }
              data-testid={`react-${reaction}`}
            >
              <span aria-hidden="true">{REACTION_EMOJI[reaction]}</span>
              <VisuallyHidden>{t(`reaction.${reaction}`)} </VisuallyHidden>
              {count > 0 && <span>{count}</span>}
            </button>
          );
        })}
      </div>
      <div className="feed-post__actions">
        {!standalone && (
          <Link to={`${base}/${post.id}`} data-testid="post-open">
            {post.commentsLocked ? t('post.open') : t('post.comment')}
          </Link>
        )}
        {!post.mine && (
          <Button
            variant="secondary"
            icon="alert"
            onClick={() => setReporting(true)}
            data-testid="post-report"
          >
            {t('post.report')}
          </Button>
        )}
        {!post.mine && authorId && (
          <Button
            variant="secondary"
            icon="eye"
            onClick={() =>
              void mute({
                variables: {
                  communityId: post.communityId,
                  accountId: authorId,
                  muted: true,
                },
              }).then(() => {
                notify(t('post.muted', { name: post.author.displayName }));
                onMuted?.();
              })
            }
          >
            {t('post.mute', { name: post.author.displayName })}
          </Button>
        )}
        {post.mayPin && (
          <Button
            variant="secondary"
            icon="news"
            onClick={() => void pin({ variables: { ...vars, pinned: !post.pinned } })}
          >
            {post.pinned ? t('post.unpin') : t('post.pin')}
          </Button>
        )}
        {standalone && post.mayModerate && (
          <Button
            variant="secondary"
            icon="shield"
            onClick={() => void lock({ variables: { ...vars, locked: !post.commentsLocked } })}
          >
            {post.commentsLocked ? t('post.unlock') : t('post.lock')}
          </Button>
        )}
        {post.mine && standalone && !editing && (
          <Button
            variant="secondary"
            icon="settings"
            onClick={() => setEditing(true)}
            data-testid="post-edit"
          >
            {t('post.edit')}
          </Button>
        )}
        {post.mine && (
          <Button variant="secondary" icon="trash" onClick={() => setConfirmDelete(true)}>
            {t('post.delete')}
          </Button>
        )}
      </div>
      <ReportDialog
        open={reporting}
        onClose={() => setReporting(false)}
        onSent={notify}
        communityId={post.communityId}
        slug={slug}
        itemType="post"
        itemId={post.id}
      />
      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title={t('post.deleteTitle')}
        closeLabel={t('composer.cancel')}
        actions={
          <Button
            icon="trash"
            onClick={() =>
              void remove({ variables: vars }).then(() => {
                setConfirmDelete(false);
                notify(t('post.deleted'));
                onDeleted?.();
              })
            }
          >
            {t('post.deleteConfirm')}
          </Button>
        }
      >
        <p>{t('post.deleteText')}</p>
      </Dialog>
    </Card>
  );
}
