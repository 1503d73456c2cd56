import { useEffect } from 'react';
import { useFollowCommunity, useRealtime } from '@palier/web-data-access';

/**
 * Live slots: while the page is shown, a booking or a cancellation of this service by anyone makes
 * the page fetch its slots again (a slot taken disappears, a slot freed comes back).
 */
export function useLiveSlots(communityId: string, serviceId: string, refetch: () => void) {
  const realtime = useRealtime();
  useFollowCommunity(communityId);
  useEffect(() => {
    if (!realtime) return undefined;
    const handler = (payload: { communityId: string; serviceIds: string[] }) => {
      if (payload.communityId === communityId && payload.serviceIds.includes(serviceId)) refetch();
    };
    realtime.socket.on('booking:slots', handler);
    return () => {
      realtime.socket.off('booking:slots', handler);
    };
  }, [realtime, communityId, serviceId, refetch]);
}
