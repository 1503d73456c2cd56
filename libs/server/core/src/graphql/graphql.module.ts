import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule as NestGraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error';
import { QueryComplexityPlugin } from './query-complexity.plugin';
import { graphqlValidationRules } from './validation-rules';

/** What every resolver finds in its GraphQL context. */
export interface GraphqlContext {
  req: Request;
  res: Response;
}

/**
 * GraphQL over HTTP at /graphql, code-first: the schema comes from the resolvers and DTO classes
 * and is committed as apps/api/schema.gql (see `npm run schema`).
 */
@Module({
  imports: [
    NestGraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [PinoLogger],
      useFactory: (logger: PinoLogger) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: true,
        csrfPrevention: true,
        includeStacktraceInErrorResponses: false,
        fieldResolverEnhancers: ['guards'],
        // No HTTP cache hints are used: Apollo's cache-control plugin would otherwise wrap the
        // resolution of every field of every response for nothing.
        plugins: [ApolloServerPluginCacheControlDisabled()],
        validationRules: graphqlValidationRules(),
        formatError: createGraphqlErrorFormatter(logger.logger),
        context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
      }),
    }),
  ],
  providers: [QueryComplexityPlugin],
})
export class GraphqlModule {}
