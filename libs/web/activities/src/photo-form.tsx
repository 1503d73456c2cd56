import { useMutation } from '@apollo/client/react';
import { RemoveActivityPhotoDocument } from '@palier/web-data-access';
import { Alert, Button, TextField, uploadPhoto } from '@palier/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Staff: the activity's photo, with its description (required), replaced or removed. */
export function PhotoForm({
  communityId,
  activityId,
  photoUrl,
  photoAlt,
  onChanged,
}: {
  communityId: string;
  activityId: string;
  photoUrl: string | null;
  photoAlt: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('activities');
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [remove] = useMutation(RemoveActivityPhotoDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) return setProblem(t('photo.choose'));
    if (!alt.trim()) return setProblem(t('photo.altMissing'));
    setBusy(true);
    const res = await uploadPhoto(
      `/media/communities/${communityId}/activities/${activityId}/photo?alt=${encodeURIComponent(alt.trim())}`,
      file,
    );
    setBusy(false);
    if (res === 'photoTooHeavy') return setProblem(t('photo.tooHeavy'));
    if (res === 'photoRefused') return setProblem(t('photo.refused'));
    setFile(null);
    setAlt('');
    onChanged();
  };
  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="activities-section activities-no-print"
      noValidate
    >
      <h3>{t('photo.title')}</h3>
      {photoUrl && <img src={photoUrl} alt={photoAlt} className="activities-photo" />}
      {problem && <Alert tone="error">{problem}</Alert>}
      <div className="pal-field">
        <label htmlFor="activity-photo" className="pal-field__label">
          {t('photo.file')}
        </label>
        <input
          id="activity-photo"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <TextField
        id="activity-photo-alt"
        label={t('photo.alt')}
        hint={t('photo.altHint')}
        value={alt}
        onChange={(e) => setAlt(e.target.value)}
      />
      <div className="activities-actions">
        <Button type="submit" variant="secondary" icon="plus" disabled={busy}>
          {t('photo.send')}
        </Button>
        {photoUrl && (
          <Button
            variant="secondary"
            icon="trash"
            onClick={() =>
              void remove({ variables: { communityId, activityId } }).then(() => onChanged())
            }
          >
            {t('photo.remove')}
          </Button>
        )}
      </div>
    </form>
  );
}
