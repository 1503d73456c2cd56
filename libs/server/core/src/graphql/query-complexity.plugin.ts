import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LIMITS } from '@palier/shared';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** How many (operation, variables) complexities are remembered. */
const REMEMBERED = 1000;

/**
 * Refuses an operation whose estimated cost is above LIMITS.graphqlMaxComplexity. The cost of an
 * operation with the same variables is the same every time: the last ones are remembered (the
 * same page of the feed asked again costs no second walk through the query).
 */
@Plugin()
export class QueryComplexityPlugin implements ApolloServerPlugin {
  private readonly remembered = new Map<string, number>();

  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  private complexityOf(key: string, compute: () => number): number {
    const known = this.remembered.get(key);
    if (known !== undefined) return known;
    const complexity = compute();
    if (this.remembered.size >= REMEMBERED) {
      // Forget the oldest (a Map keeps insertion order).
      this.remembered.delete(this.remembered.keys().next().value as string);
    }
    this.remembered.set(key, complexity);
    return complexity;
  }

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return {
      didResolveOperation: async ({ request, document, queryHash }) => {
        let complexity: number;
        try {
          complexity = this.complexityOf(
            `${queryHash}|${request.operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`,
            () =>
              getComplexity({
                schema,
                operationName: request.operationName,
                query: document,
                variables: request.variables,
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              }),
          );
        } catch {
          // Variables that do not fit the schema: execution refuses them with the usual
          // BAD_USER_INPUT error, which says which field is wrong; nothing runs.
          return;
        }
        if (complexity > LIMITS.graphqlMaxComplexity) {
          throw new GraphQLError(
            `This request is too big (${complexity} points, at most ${LIMITS.graphqlMaxComplexity}). Ask for fewer fields or fewer items.`,
            { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
          );
        }
      },
    };
  }
}
