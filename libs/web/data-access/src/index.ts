export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { errorCodeOf, WEB_ERROR_CODES, type WebErrorCode } from './error-code';
export {
  CommunitiesDocument,
  CommunityBySlugDocument,
  type CommunitiesQuery,
  type CommunityBySlugQuery,
  type CommunityCardFragment,
} from './generated/graphql';
