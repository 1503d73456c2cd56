import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloClientOptions {
  /** Where the GraphQL API answers; the web app is served by the API itself, so `/graphql`. */
  uri?: string;
}

/** The one Apollo Client of the web app: same-origin cookie session, normalised cache. */
export function createApolloClient({ uri = '/graphql' }: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
