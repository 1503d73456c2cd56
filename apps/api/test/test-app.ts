import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { loadConfig, openDatabase, type AppConfig } from '@palier/server-core';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; code: string; message: string }[] };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: GraphqlError[];
  headers: Record<string, string | string[] | undefined>;
}

/** An HTTP client with its own cookie jar and its own IP address (X-Forwarded-For). */
export interface Client {
  ip: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  http: ReturnType<typeof request.agent>;
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** A one-shot GraphQL request without cookies. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  /** A browser-like client keeping its session cookie. */
  agent(): Client;
  /** Requests that always send this cookie (even once the server has told to clear it). */
  withCookie(cookie: string): Client['gql'];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Listens on a free loopback port (for socket.io clients); returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

const randomIp = () => `10.${[...randomBytes(3)].join('.')}`;

/** The settings of a Palier app under test (on the run's test database unless `env` says). */
export function testEnv(
  env: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  const embedded = process.env['PALIER_TEST_DATABASE_MODE'] === 'embedded';
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    DEMO_CONTENT: 'false',
    WEB_DIST_DIR: '/nonexistent-web-build',
    PUBLIC_URL: 'http://palier.test',
    TRUST_PROXY: 'true',
    DATABASE_URL: process.env['PALIER_TEST_DATABASE_URL'],
    // The embedded database has a single session: one connection, as in the product.
    DATABASE_POOL_SIZE: embedded ? '1' : '5',
    ...env,
  };
}

/** The whole Palier app on the run's test database (see global-setup.ts), without listening. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const embedded = process.env['PALIER_TEST_DATABASE_MODE'] === 'embedded';
  // Uploaded files of this app go to a folder of its own, removed when it closes.
  const storageDir = mkdtempSync(join(tmpdir(), 'palier-test-files-'));
  const config = loadConfig(testEnv({ STORAGE_DIR: storageDir, ...env }));
  // The run's embedded database is served like the product's: same single-session rules.
  const endpoint = { ...(await openDatabase(config)), embedded };
  const app = await createApp(config, endpoint);
  const server = app.getHttpServer();
  const db = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    config,
    ...httpClients(server),
    query: (sql, params) => db.query(sql, params),
    async listen() {
      await app.listen(0, '127.0.0.1');
      return app.getUrl().then((url) => url.replace('[::1]', '127.0.0.1'));
    },
    async close() {
      await app.close();
      await endpoint.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/**
 * GraphQL and HTTP clients of a server: the app's own HTTP server (no port), or a server
 * listening at a URL (another process).
 */
export function httpClients(
  target: Parameters<typeof request>[0],
): Pick<TestApp, 'http' | 'gql' | 'agent' | 'withCookie'> {
  const post =
    (
      client: ReturnType<typeof request> | ReturnType<typeof request.agent>,
      ip: string,
      cookie?: string,
    ) =>
    async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>> => {
      const req = client
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', ip);
      const res = await (cookie ? req.set('cookie', cookie) : req).send({ query, variables });
      return {
        status: res.status,
        data: res.body.data ?? undefined,
        errors: res.body.errors,
        headers: res.headers,
      };
    };
  return {
    http: request(target),
    gql: post(request(target), randomIp()),
    agent() {
      const ip = randomIp();
      const http = request.agent(target);
      return { ip, http, gql: post(http, ip) };
    },
    withCookie: (cookie) => post(request(target), randomIp(), cookie),
  };
}
