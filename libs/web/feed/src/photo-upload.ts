import { FEED_LIMITS } from '@palier/shared';

export interface UploadedPhoto {
  id: string;
  thumbnailUrl: string;
  width: number;
  height: number;
}

export type UploadProblem = 'photoTooHeavy' | 'photoRefused';

/**
 * Sends one photo to the API (multipart), which re-encodes it without metadata. A photo too heavy
 * is refused here before sending anything.
 */
export async function uploadPhoto(
  communityId: string,
  file: File,
): Promise<UploadedPhoto | UploadProblem> {
  if (file.size > FEED_LIMITS.photoBytesMax) return 'photoTooHeavy';
  const body = new FormData();
  body.append('photo', file);
  try {
    const res = await fetch(`/media/communities/${encodeURIComponent(communityId)}/photos`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
    });
    if (!res.ok) return res.status === 413 ? 'photoTooHeavy' : 'photoRefused';
    return (await res.json()) as UploadedPhoto;
  } catch {
    return 'photoRefused';
  }
}
