export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export {
  errorCodeOf,
  fieldProblemsOf,
  serverMessageOf,
  WEB_ERROR_CODES,
  type WebErrorCode,
} from './error-code';
export * from './generated/graphql';
export { Realtime, type RealtimeStatus } from './realtime';
export {
  RealtimeProvider,
  useRealtime,
  useRealtimeStatus,
  useFollowCommunity,
} from './realtime-context';
