import { useQuery } from '@apollo/client/react';
import { MyHouseholdDocument } from '@palier/web-data-access';

/** My household and the invitations I received (fresh from the server on each visit). */
export function useMyHousehold() {
  const { data, loading, error, refetch } = useQuery(MyHouseholdDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    me: data?.me ?? null,
    household: data?.me?.household ?? null,
    invitations: data?.me?.householdInvitations ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
}
