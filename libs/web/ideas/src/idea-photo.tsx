import { PHOTO_LIMITS } from '@palier/shared';
import { type IdeaFieldsFragment } from '@palier/web-data-access';
import { Button, Icon, TextField, uploadPhoto, VisuallyHidden } from '@palier/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Sends the photo of an idea (its author only); null when it is added, else the problem's words. */
export async function sendIdeaPhoto(
  communityId: string,
  ideaId: string,
  file: File,
  alt: string,
): Promise<'photoTooHeavy' | 'photoRefused' | null> {
  const url = `/media/communities/${communityId}/ideas/${ideaId}/photo?alt=${encodeURIComponent(alt)}`;
  const result = await uploadPhoto<{ id: string }>(url, file);
  return typeof result === 'string' ? result : null;
}

/** The photo field and its description, as the proposal form and the idea page ask for them. */
export function PhotoFields({
  id,
  alt,
  onFile,
  onAlt,
  error,
}: {
  id: string;
  alt: string;
  onFile: (file: File | null) => void;
  onAlt: (alt: string) => void;
  error?: string | null;
}) {
  const { t } = useTranslation('ideas');
  const { t: tc } = useTranslation();
  return (
    <>
      <div className={error ? 'pal-field pal-field--error' : 'pal-field'}>
        <label className="pal-field__label" htmlFor={`${id}-photo`}>
          {t('form.photo')}
        </label>
        <p id={`${id}-photo-hint`} className="pal-field__hint">
          {t('form.photoHint')}
        </p>
        {error && (
          <p id={`${id}-photo-error`} className="pal-field__error">
            <Icon name="alert" />
            <span>
              <VisuallyHidden>{tc('common.errorPrefix')} </VisuallyHidden>
              {error}
            </span>
          </p>
        )}
        <input
          id={`${id}-photo`}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
          aria-describedby={`${id}-photo-hint${error ? ` ${id}-photo-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onFile(e.target.files?.[0] ?? null)}
          data-testid="idea-photo"
        />
      </div>
      <TextField
        id={`${id}-alt`}
        label={t('form.photoAlt')}
        value={alt}
        maxLength={PHOTO_LIMITS.altMax}
        onChange={(e) => onAlt(e.target.value)}
      />
    </>
  );
}

/** On the idea page, its author adds or changes the photo. */
export function IdeaPhotoForm({
  communityId,
  idea,
  notify,
}: {
  communityId: string;
  idea: IdeaFieldsFragment;
  notify: (message: string) => void;
}) {
  const { t } = useTranslation('ideas');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState(idea.photo?.alt ?? '');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError(t('idea.photoChoose'));
    setSending(true);
    const problem = await sendIdeaPhoto(communityId, idea.id, file, alt);
    setSending(false);
    setError(problem ? t(`form.${problem}`) : null);
    if (!problem) notify(t('idea.photoSent'));
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate className="ideas-form">
      <PhotoFields id={id} alt={alt} onFile={setFile} onAlt={setAlt} error={error} />
      <Button type="submit" variant="secondary" disabled={sending}>
        {t('idea.photoSend')}
      </Button>
    </form>
  );
}
