import { useApolloClient } from '@apollo/client/react';
import { useFollowCommunity, useRealtime } from '@palier/web-data-access';
import { useEffect } from 'react';

/**
 * Live counts: while a sharing page is shown, a claim or a cancellation by anyone updates the
 * number left of the offers in the cache (as members or as the offering team see them).
 */
export function useLiveRemaining(communityId: string) {
  const realtime = useRealtime();
  const client = useApolloClient();
  useFollowCommunity(communityId);
  useEffect(() => {
    if (!realtime) return undefined;
    const handler = ({ offerId, remaining }: { offerId: string; remaining: number }) => {
      for (const __typename of ['SharedOffer', 'StaffOffer']) {
        const id = client.cache.identify({ __typename, id: offerId });
        if (id) client.cache.modify({ id, fields: { remaining: () => remaining } });
      }
    };
    realtime.socket.on('sharing:offer-remaining', handler);
    return () => {
      realtime.socket.off('sharing:offer-remaining', handler);
    };
  }, [realtime, client]);
}

/**
 * While a page shows my claims: when a partner on another server answers one (granted,
 * refused) or cancels it, `onChange` reads them again.
 */
export function useLiveClaims(onChange: () => void) {
  const realtime = useRealtime();
  useEffect(() => {
    if (!realtime) return undefined;
    const handler = () => onChange();
    realtime.socket.on('sharing:claim-changed', handler);
    return () => {
      realtime.socket.off('sharing:claim-changed', handler);
    };
  }, [realtime, onChange]);
}
