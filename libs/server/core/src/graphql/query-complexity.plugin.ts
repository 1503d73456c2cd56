import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { LIMITS } from '@palier/shared';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses an operation whose estimated cost is above LIMITS.graphqlMaxComplexity. */
@Plugin()
export class QueryComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
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
