import { FEED_LIMITS } from '@palier/shared';
import { fieldProblemsOf } from '@palier/web-data-access';
import { formatDateTimeInWords, useLocale } from '@palier/web-i18n';
import { Button, TextArea } from '@palier/web-ui';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContributionText } from './contribution-text';
import { ReportDialog } from './report-dialog';

/** A comment as every thread shows it (a post's, an idea's). */
export interface ThreadComment {
  id: string;
  parentId: string | null;
  author: { displayName: string };
  body: string;
  createdAt: string;
  hidden: boolean;
  mine: boolean;
}

export interface CommentThreadProps {
  comments: readonly ThreadComment[];
  communityId: string;
  slug: string;
  timeZone: string;
  /** The reportable type of these comments on the server ("comment", "idea_comment"). */
  reportType: string;
  /** Comments are closed: no form, no reply; `closedText` says so. */
  closed?: boolean;
  closedText?: string;
  /** False hides the form without a word (e.g. on a hidden post). */
  mayComment?: boolean;
  /** Adds a comment (a reply when parentId is set); throws when the API refuses. */
  onAdd: (body: string, parentId: string | null) => Promise<unknown>;
  onDelete: (commentId: string) => Promise<unknown>;
  /** Shows a sentence after a report (a toast). */
  notify: (message: string) => void;
  /**
   * What a feature adds under each comment box (the feed's mention picker); `edit` changes the
   * text and puts the focus back in the box.
   */
  formExtras?: (edit: (change: (body: string) => string) => void) => ReactNode;
}

function CommentForm({
  parent,
  onAdd,
  extras,
  onDone,
}: {
  parent?: ThreadComment;
  onAdd: CommentThreadProps['onAdd'];
  extras: CommentThreadProps['formExtras'];
  onDone?: () => void;
}) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(tc('errors.BAD_USER_INPUT'));
    setSending(true);
    try {
      await onAdd(body, parent?.id ?? null);
      setBody('');
      setError(null);
      onDone?.();
    } catch (e) {
      setError(fieldProblemsOf(e).length ? t('comments.tooLong') : tc('errors.INTERNAL'));
    } finally {
      setSending(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="pal-comment-form">
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
      {extras?.((change) => {
        setBody(change);
        document.getElementById(`${id}-comment`)?.focus();
      })}
      <Button type="submit" disabled={sending} data-testid="comment-send">
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
  props,
}: {
  comment: ThreadComment;
  replies: ThreadComment[];
  props: CommentThreadProps;
}) {
  const { t } = useTranslation('moderation');
  const { t: tc } = useTranslation();
  const { locale } = useLocale();
  const [replying, setReplying] = useState(false);
  const [reporting, setReporting] = useState(false);
  return (
    <li className={comment.hidden ? 'pal-comment pal-comment--hidden' : 'pal-comment'}>
      <p className="pal-comment__author">
        <strong>{comment.author.displayName}</strong>{' '}
        <time dateTime={comment.createdAt}>
          {formatDateTimeInWords(comment.createdAt, locale, props.timeZone, tc)}
        </time>
        {comment.hidden && <span className="pal-comment__badge">{t('comments.hidden')}</span>}
      </p>
      <ContributionText text={comment.body} />
      <div className="pal-comment__actions">
        {!comment.parentId && !props.closed && (
          <Button variant="secondary" onClick={() => setReplying(true)}>
            {t('comments.reply')}
          </Button>
        )}
        {comment.mine ? (
          <Button variant="secondary" icon="trash" onClick={() => void props.onDelete(comment.id)}>
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
          parent={comment}
          onAdd={props.onAdd}
          extras={props.formExtras}
          onDone={() => setReplying(false)}
        />
      )}
      {replies.length > 0 && (
        <ul className="pal-comments pal-comments--replies">
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} replies={[]} props={props} />
          ))}
        </ul>
      )}
      <ReportDialog
        open={reporting}
        onClose={() => setReporting(false)}
        onSent={props.notify}
        communityId={props.communityId}
        slug={props.slug}
        itemType={props.reportType}
        itemId={comment.id}
      />
    </li>
  );
}

/**
 * THE comment thread of Palier, wherever members comment (a post, an idea): the comments with
 * one level of replies, the author's delete and everyone else's report buttons, hidden comments
 * marked for those who still see them, and the form (a labelled box, errors next to it).
 */
export function CommentThread(props: CommentThreadProps) {
  const { t } = useTranslation('moderation');
  const id = useId();
  const top = props.comments.filter((c) => !c.parentId);
  return (
    <section aria-labelledby={`${id}-title`} className="pal-comment-thread">
      <h2 id={`${id}-title`}>{t('comments.title')}</h2>
      {top.length ? (
        <ul className="pal-comments" data-testid="comments">
          {top.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              replies={props.comments.filter((r) => r.parentId === c.id)}
              props={props}
            />
          ))}
        </ul>
      ) : (
        <p>{t('comments.empty')}</p>
      )}
      {props.closed ? (
        <p>{props.closedText ?? t('comments.locked')}</p>
      ) : (
        props.mayComment !== false && <CommentForm onAdd={props.onAdd} extras={props.formExtras} />
      )}
    </section>
  );
}
