import { useTranslation } from 'react-i18next';

interface Photo {
  id: string;
  url: string;
  thumbnailUrl: string;
  thumbnailWidth: number;
  thumbnailHeight: number;
  alt: string;
}

/** The thumbnails of a post (lazy, with their size and alt text), each opening the large photo. */
export function PostPhotos({ photos }: { photos: readonly Photo[] }) {
  const { t } = useTranslation('feed');
  if (photos.length === 0) return null;
  return (
    <ul className={`feed-photos feed-photos--${photos.length}`}>
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <a href={photo.url} aria-label={t('post.openPhoto', { n: i + 1 })}>
            <img
              src={photo.thumbnailUrl}
              alt={photo.alt || t('post.photoNoAlt')}
              width={photo.thumbnailWidth}
              height={photo.thumbnailHeight}
              loading="lazy"
              decoding="async"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}
