import { PHOTO_LIMITS } from '@palier/shared';
import { Button, TextField, uploadPhoto } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface OptionPhoto {
  id: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

/**
 * The optional photo of an answer in the creation form: chosen, sent at once (the server
 * re-encodes it without its metadata), then described in words right beside its thumbnail.
 */
export function OptionPhotoField({
  id,
  number,
  communityId,
  photo,
  alt,
  altError,
  onChange,
}: {
  id: string;
  number: number;
  communityId: string;
  photo: OptionPhoto | null;
  alt: string;
  altError?: string;
  onChange: (photo: OptionPhoto | null, alt: string) => void;
}) {
  const { t } = useTranslation('polls');
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setUploading(true);
    const result = await uploadPhoto<OptionPhoto>(
      `/media/communities/${encodeURIComponent(communityId)}/poll-photos`,
      file,
    );
    setUploading(false);
    if (typeof result === 'string') setProblem(t(`create.${result}`));
    else onChange(result, '');
  };
  if (photo)
    return (
      <div className="poll-create__photo">
        <img
          src={photo.thumbnailUrl}
          alt=""
          width={96}
          height={Math.round((96 * photo.height) / photo.width)}
        />
        <div>
          <TextField
            id={`${id}-alt`}
            label={t('create.photoAlt', { number })}
            value={alt}
            error={altError}
            maxLength={PHOTO_LIMITS.altMax}
            onChange={(e) => onChange(photo, e.currentTarget.value)}
          />
          <Button variant="secondary" icon="trash" onClick={() => onChange(null, '')}>
            {t('create.photoRemove', { number })}
          </Button>
        </div>
      </div>
    );
  return (
    <div className={problem ? 'pal-field pal-field--error' : 'pal-field'}>
      <label className="pal-field__label" htmlFor={`${id}-photo`}>
        {t('create.photo', { number })}
      </label>
      <p id={`${id}-photo-hint`} className="pal-field__hint">
        {t('create.photoHint')}
      </p>
      {problem && (
        <p id={`${id}-photo-error`} className="pal-field__error" role="alert">
          {problem}
        </p>
      )}
      <input
        id={`${id}-photo`}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
        aria-describedby={`${id}-photo-hint${problem ? ` ${id}-photo-error` : ''}`}
        disabled={uploading}
        onChange={(e) => {
          void send(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {uploading && <p role="status">{t('create.photoUploading')}</p>}
    </div>
  );
}
