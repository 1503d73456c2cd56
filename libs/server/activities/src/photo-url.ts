/** The address of an activity's photo; the key in it changes with the photo (no stale cache). */
export const activityPhotoUrl = (activityId: string, photoKey: string, size: 'large' | 'thumb') =>
  `/media/activities/${activityId}/photo/${size}?v=${photoKey}`;
