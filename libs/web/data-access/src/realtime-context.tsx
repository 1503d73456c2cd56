import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Realtime, RealtimeStatus } from './realtime';

const RealtimeContext = createContext<Realtime | null>(null);

export function RealtimeProvider({
  realtime,
  children,
}: {
  realtime: Realtime | null;
  children: ReactNode;
}) {
  return <RealtimeContext.Provider value={realtime}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): Realtime | null {
  return useContext(RealtimeContext);
}

const ONLINE = () => 'online' as RealtimeStatus;
const NOOP_SUBSCRIBE = () => () => undefined;

/** online, connecting or reconnecting (for the discreet notice). */
export function useRealtimeStatus(): RealtimeStatus {
  const realtime = useRealtime();
  return useSyncExternalStore(realtime?.subscribe ?? NOOP_SUBSCRIBE, realtime?.getStatus ?? ONLINE);
}

/** Live updates of a community while the calling page is shown. */
export function useFollowCommunity(communityId: string | undefined): void {
  const realtime = useRealtime();
  useEffect(
    () => (realtime && communityId ? realtime.follow(communityId) : undefined),
    [realtime, communityId],
  );
}
