import { useQuery } from '@apollo/client/react';
import { MyPrivacyRequestsDocument } from '@palier/web-data-access';
import { useEffect } from 'react';
import { exportState } from './requests';

/** How often the page asks again while a copy is being prepared (it takes about 30 seconds). */
const POLL_MS = 3000;

/** My export and deletion requests, asked again every few seconds while a copy is prepared. */
export function useMyRequests() {
  const { data, error, refetch, startPolling, stopPolling } = useQuery(MyPrivacyRequestsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const requests = data?.myPrivacyRequests;
  const preparing = requests ? exportState(requests).state === 'preparing' : false;
  useEffect(() => {
    if (!preparing) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [preparing, startPolling, stopPolling]);
  return { requests, error, refetch };
}
