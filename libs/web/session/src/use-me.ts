import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  LogOutDocument,
  MeDocument,
  useRealtime,
  type MeFieldsFragment,
} from '@palier/web-data-access';
import { useCallback } from 'react';

export type Me = MeFieldsFragment;
export type MyMembership = Me['memberships'][number];
export type Role = MyMembership['role'];

/** The logged-in person (null for a visitor), from the Apollo cache after the first load. */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  return { me: data?.me ?? null, loading: loading && !data, error, refetch };
}

/** My membership in the community of this slug, if any. */
export function useMembership(slug: string | undefined) {
  const { me, loading, error } = useMe();
  const membership = me?.memberships.find((m) => m.community.slug === slug) ?? null;
  return { me, membership, loading, error };
}

/**
 * After logging in or out, everything cached belongs to someone else: clear the cache, load the
 * pages again for the new viewer, and reconnect the live socket with the new session cookie.
 */
export function useSessionChanged() {
  const client = useApolloClient();
  const realtime = useRealtime();
  return useCallback(async () => {
    realtime?.reconnect();
    await client.resetStore();
  }, [client, realtime]);
}

export function useLogOut() {
  const [logOut] = useMutation(LogOutDocument);
  const changed = useSessionChanged();
  return useCallback(async () => {
    await logOut();
    await changed();
  }, [logOut, changed]);
}
