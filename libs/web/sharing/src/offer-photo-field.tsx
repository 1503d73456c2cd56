import { uploadPhoto, type UploadProblem } from '@palier/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The offering team adds or replaces the photo of an offer (re-encoded by the API). */
export function OfferPhotoField({
  communityId,
  offerId,
  onUploaded,
}: {
  communityId: string;
  offerId: string;
  onUploaded: () => void;
}) {
  const { t } = useTranslation('sharing');
  const [state, setState] = useState<'idle' | 'uploading' | 'added' | UploadProblem>('idle');
  const send = async (file: File | undefined) => {
    if (!file) return;
    setState('uploading');
    const result = await uploadPhoto<{ photoUrl: string }>(
      `/media/communities/${encodeURIComponent(communityId)}/sharing/offers/${encodeURIComponent(offerId)}/photo`,
      file,
    );
    if (typeof result === 'string') setState(result);
    else {
      setState('added');
      onUploaded();
    }
  };
  return (
    <div className="pal-field">
      <label className="pal-field__label" htmlFor="offer-photo">
        {t('photo.label')}
      </label>
      <p id="offer-photo-hint" className="pal-field__hint">
        {t('photo.hint')}
      </p>
      <input
        id="offer-photo"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif,image/avif"
        aria-describedby="offer-photo-hint"
        disabled={state === 'uploading'}
        onChange={(e) => {
          void send(e.target.files?.[0]);
          e.target.value = '';
        }}
        data-testid="offer-photo"
      />
      <p role="status">
        {state === 'uploading'
          ? t('photo.uploading')
          : state === 'added'
            ? t('photo.added')
            : state === 'idle'
              ? ''
              : t(`photo.${state}`)}
      </p>
    </div>
  );
}
