import { PHOTO_LIMITS } from '@palier/shared';

export type UploadProblem = 'photoTooHeavy' | 'photoRefused';

/**
 * Sends one photo (multipart field "photo") to an upload route of the API, which re-encodes it
 * without metadata and answers with JSON (the uploaded photo, as the route describes it). A photo
 * too heavy is refused here before sending anything.
 */
export async function uploadPhoto<T>(url: string, file: File): Promise<T | UploadProblem> {
  if (file.size > PHOTO_LIMITS.bytesMax) return 'photoTooHeavy';
  const body = new FormData();
  body.append('photo', file);
  try {
    const res = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
    if (!res.ok) return res.status === 413 ? 'photoTooHeavy' : 'photoRefused';
    return (await res.json()) as T;
  } catch {
    return 'photoRefused';
  }
}
