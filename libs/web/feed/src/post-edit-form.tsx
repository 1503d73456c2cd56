import { useMutation } from '@apollo/client/react';
import { FEED_LIMITS } from '@palier/shared';
import { EditPostDocument, type PostFieldsFragment } from '@palier/web-data-access';
import { Button, TextArea } from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoAltItem } from './photo-alt-item';

/**
 * The author edits the text of their post and the descriptions (alt texts) of its photos; it then
 * shows "modifié".
 */
export function PostEditForm({ post, onDone }: { post: PostFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(post.body);
  const [alts, setAlts] = useState(() => post.photos.map((p) => ({ id: p.id, alt: p.alt })));
  const [error, setError] = useState<string | null>(null);
  const [edit, { loading }] = useMutation(EditPostDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() && !post.photos.length) return setError(t('composer.bodyRequired'));
    if (body.length > FEED_LIMITS.postBodyMax) return setError(t('composer.bodyTooLong'));
    try {
      await edit({
        variables: {
          communityId: post.communityId,
          postId: post.id,
          input: {
            body,
            contentWarning: post.contentWarning,
            visibility: post.visibility,
            photoAlts: alts,
          },
        },
      });
      onDone();
    } catch {
      setError(tc('errors.INTERNAL'));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="feed-edit-form">
      <TextArea
        id={`${id}-body`}
        label={t('composer.body')}
        hint={t('composer.bodyHint', { max: FEED_LIMITS.postBodyMax })}
        rows={5}
        value={body}
        error={error}
        errorPrefix={tc('common.errorPrefix')}
        onChange={(e) => setBody(e.target.value)}
        data-testid="edit-body"
      />
      {post.photos.length > 0 && (
        <ul className="feed-composer__photos">
          {post.photos.map((photo, i) => (
            <PhotoAltItem
              key={photo.id}
              id={`${id}-alt-${i}`}
              index={i}
              photo={{ ...photo, alt: alts[i]?.alt ?? '' }}
              onAltChange={(alt) =>
                setAlts((list) => list.map((a) => (a.id === photo.id ? { ...a, alt } : a)))
              }
            />
          ))}
        </ul>
      )}
      <div className="feed-post__actions">
        <Button type="submit" disabled={loading} data-testid="edit-save">
          {t('composer.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('composer.cancel')}
        </Button>
      </div>
    </form>
  );
}
