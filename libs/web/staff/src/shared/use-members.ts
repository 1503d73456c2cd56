import { useQuery } from '@apollo/client/react';
import { MembersDocument } from '@palier/web-data-access';
import { useCallback, useState } from 'react';

const PAGE_SIZE = 20;

/**
 * The members of a community by name, a page at a time ("Voir plus de personnes" loads the next
 * page below the ones shown). `skip` waits, e.g. until a name is typed.
 */
export function useMembers(communityId: string, search: string | null, skip = false) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersDocument, {
    variables: { communityId, search, first: PAGE_SIZE },
    skip,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const pageInfo = data?.members.pageInfo;

  const loadMore = useCallback(async () => {
    if (!pageInfo?.hasNextPage || !pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          members: {
            ...fetchMoreResult.members,
            edges: [...(previous.members?.edges ?? []), ...fetchMoreResult.members.edges],
          },
        }),
      });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }, [fetchMore, pageInfo]);

  return {
    members: data?.members.edges.map((edge) => edge.node),
    hasMore: pageInfo?.hasNextPage ?? false,
    loading: loading && !data,
    error: error ?? moreError,
    loadingMore,
    loadMore,
    refetch,
  };
}
