import type { INestApplication } from '@nestjs/common';
import { loadConfig, openDatabase, type AppConfig } from '@palier/server-core';
import request from 'supertest';
import { createApp } from '../src/bootstrap';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: unknown[] } }[];
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/** The whole Palier app on the run's test database (see global-setup.ts), without listening. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const embedded = process.env['PALIER_TEST_DATABASE_MODE'] === 'embedded';
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_CONTENT: 'false',
    WEB_DIST_DIR: '/nonexistent-web-build',
    DATABASE_URL: process.env['PALIER_TEST_DATABASE_URL'],
    // The embedded database has a single session: one connection, as in the product.
    DATABASE_POOL_SIZE: embedded ? '1' : '5',
    ...env,
  });
  const endpoint = await openDatabase(config);
  const app = await createApp(config, endpoint);
  const http = request(app.getHttpServer());
  return {
    app,
    config,
    http,
    async gql(query, variables) {
      const res = await request(app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    async close() {
      await app.close();
      await endpoint.close();
    },
  };
}
