import { useMutation } from '@apollo/client/react';
import { FEED_LIMITS } from '@palier/shared';
import { CreatePostDocument, fieldProblemsOf } from '@palier/web-data-access';
import {
  Alert,
  Button,
  Card,
  CharacterCounter,
  Icon,
  RadioGroup,
  TextArea,
  TextField,
  uploadPhoto,
  type UploadProblem,
} from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionPicker } from './mention-picker';
import { PhotoAltItem } from './photo-alt-item';
import { mentionIdsIn, withMention, type Mention } from './mentions';

/** A photo as the API answers its upload. */
interface UploadedPhoto {
  id: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

interface DraftPhoto extends UploadedPhoto {
  alt: string;
}

/** The roles a community lets publish on the public sas by default. */
const PUBLIC_ROLES = ['staff', 'builder', 'admin'];

/**
 * The composer: a labelled text box with a character counter (announced politely, once typing
 * pauses), an optional content warning, who may see it, and up to four photos each with its
 * description (alt text) asked for right under it.
 */
export function Composer({
  communityId,
  role,
  onPublished,
}: {
  communityId: string;
  role: string;
  onPublished: () => void;
}) {
  const { t } = useTranslation('feed');
  const { t: tc } = useTranslation();
  const id = useId();
  const [body, setBody] = useState('');
  const [withWarning, setWithWarning] = useState(false);
  const [warning, setWarning] = useState('');
  const [visibility, setVisibility] = useState('members');
  const [photos, setPhotos] = useState<DraftPhoto[]>([]);
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [createPost, { loading }] = useMutation(CreatePostDocument);

  const remaining = FEED_LIMITS.postBodyMax - body.length;

  const addPhotos = async (files: FileList | null) => {
    setProblem(null);
    const chosen = [...(files ?? [])];
    if (photos.length + chosen.length > FEED_LIMITS.photosPerPost) {
      setProblem(t('composer.tooManyPhotos'));
      chosen.splice(FEED_LIMITS.photosPerPost - photos.length);
    }
    for (const file of chosen) {
      setUploading((n) => n + 1);
      const result: UploadedPhoto | UploadProblem = await uploadPhoto<UploadedPhoto>(
        `/media/communities/${encodeURIComponent(communityId)}/photos`,
        file,
      );
      setUploading((n) => n - 1);
      if (typeof result === 'string') setProblem(t(`composer.${result}`));
      else setPhotos((list) => [...list, { ...result, alt: '' }]);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    if (!body.trim() && !photos.length) return setBodyError(t('composer.bodyRequired'));
    if (remaining < 0) return setBodyError(t('composer.bodyTooLong'));
    setBodyError(null);
    try {
      await createPost({
        variables: {
          communityId,
          input: {
            body,
            contentWarning: withWarning && warning.trim() ? warning : null,
            visibility: visibility === 'public' ? 'public' : 'members',
            photos: photos.map((p) => ({ id: p.id, alt: p.alt })),
            mentionIds: mentionIdsIn(body, mentions),
          },
        },
      });
      setBody('');
      setWarning('');
      setWithWarning(false);
      setPhotos([]);
      setMentions([]);
      setDone(true);
      onPublished();
    } catch (error) {
      const fields = fieldProblemsOf(error);
      if (fields.some((f) => f.field === 'body'))
        setBodyError(
          fields.some((f) => f.code === 'too_long')
            ? t('composer.bodyTooLong')
            : t('composer.bodyRequired'),
        );
      else setProblem(tc('errors.INTERNAL'));
    }
  };

  return (
    <Card as="section" className="feed-composer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('composer.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {problem && <Alert tone="error">{problem}</Alert>}
        <TextArea
          id={`${id}-body`}
          label={t('composer.body')}
          hint={t('composer.bodyHint', { max: FEED_LIMITS.postBodyMax })}
          error={bodyError}
          errorPrefix={tc('common.errorPrefix')}
          value={body}
          rows={4}
          onChange={(e) => setBody(e.target.value)}
          data-testid="composer-body"
        />
        <CharacterCounter
          value={body}
          max={FEED_LIMITS.postBodyMax}
          remainingText={(count) => t('composer.remaining', { count })}
          overText={(count) => t('composer.over', { count })}
        />
        <MentionPicker
          communityId={communityId}
          onPick={(member) => {
            setMentions((list) => [...list, member]);
            setBody((text) => withMention(text, member));
            document.getElementById(`${id}-body`)?.focus();
          }}
        />
        <div className="pal-choice feed-composer__warn">
          <input
            id={`${id}-warn`}
            className="pal-choice__input"
            type="checkbox"
            checked={withWarning}
            onChange={(e) => setWithWarning(e.currentTarget.checked)}
          />
          <label className="pal-choice__label" htmlFor={`${id}-warn`}>
            {t('composer.addWarning')}
          </label>
        </div>
        {withWarning && (
          <TextField
            id={`${id}-warning`}
            label={t('composer.warning')}
            hint={t('composer.warningHint')}
            value={warning}
            maxLength={FEED_LIMITS.contentWarningMax}
            onChange={(e) => setWarning(e.target.value)}
          />
        )}
        {PUBLIC_ROLES.includes(role) && (
          <RadioGroup
            id={`${id}-visibility`}
            name="visibility"
            legend={t('composer.visibility')}
            value={visibility}
            onChange={setVisibility}
            options={[
              { value: 'members', label: t('composer.visibilityMembers') },
              { value: 'public', label: t('composer.visibilityPublic') },
            ]}
          />
        )}
        <div className="pal-field">
          <label className="pal-field__label" htmlFor={`${id}-photos`}>
            {t('composer.photos')}
          </label>
          <p id={`${id}-photos-hint`} className="pal-field__hint">
            {t('composer.photosHint')}
          </p>
          <input
            id={`${id}-photos`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
            multiple
            aria-describedby={`${id}-photos-hint`}
            disabled={photos.length >= FEED_LIMITS.photosPerPost || uploading > 0}
            onChange={(e) => {
              void addPhotos(e.target.files);
              e.target.value = '';
            }}
            data-testid="composer-photos"
          />
        </div>
        {uploading > 0 && <p role="status">{t('composer.photoUploading')}</p>}
        {photos.length > 0 && (
          <ul className="feed-composer__photos">
            {photos.map((photo, i) => (
              <PhotoAltItem
                key={photo.id}
                id={`${id}-alt-${i}`}
                index={i}
                photo={photo}
                onAltChange={(alt) =>
                  setPhotos((list) => list.map((p) => (p.id === photo.id ? { ...p, alt } : p)))
                }
              >
                <Button
                  variant="secondary"
                  icon="trash"
                  onClick={() => setPhotos((list) => list.filter((p) => p.id !== photo.id))}
                >
                  {t('composer.removePhoto', { n: i + 1 })}
                </Button>
              </PhotoAltItem>
            ))}
          </ul>
        )}
        <Button
          type="submit"
          icon="plus"
          disabled={loading || uploading > 0}
          data-testid="composer-publish"
        >
          {loading ? t('composer.publishing') : t('composer.publish')}
        </Button>
        {done && (
          <p role="status" className="feed-composer__done">
            <Icon name="check" /> {t('composer.published')}
          </p>
        )}
      </form>
    </Card>
  );
}
