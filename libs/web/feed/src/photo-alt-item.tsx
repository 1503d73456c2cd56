import { FEED_LIMITS } from '@palier/shared';
import { TextField } from '@palier/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One photo of a post being written or edited: its thumbnail and its description (alt text)
 * asked for right beside it, with room for actions (remove it).
 */
export function PhotoAltItem({
  id,
  index,
  photo,
  onAltChange,
  children,
}: {
  id: string;
  index: number;
  photo: { thumbnailUrl: string; width: number; height: number; alt: string };
  onAltChange: (alt: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation('feed');
  return (
    <li className="feed-composer__photo">
      <img
        src={photo.thumbnailUrl}
        alt=""
        width={120}
        height={Math.round((120 * photo.height) / photo.width)}
      />
      <div>
        <TextField
          id={id}
          label={t('composer.photoAlt', { n: index + 1 })}
          hint={t('composer.photoAltHint')}
          value={photo.alt}
          maxLength={FEED_LIMITS.photoAltMax}
          onChange={(e) => onAltChange(e.target.value)}
          data-testid={`photo-alt-${index}`}
        />
        {children}
      </div>
    </li>
  );
}
