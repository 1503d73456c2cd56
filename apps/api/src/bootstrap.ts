import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { sameOriginOnly, type AppConfig, type DatabaseEndpoint } from '@palier/server-core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { RealtimeIoAdapter } from '@palier/server-notifications';
import { FederationHttp } from '@palier/server-federation';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { serveWebApp } from './web-app';

/** Builds the whole Palier HTTP application (used by main.ts and by the integration tests). */
export async function createApp(
  config: AppConfig,
  endpoint: DatabaseEndpoint,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, endpoint),
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.use(sameOriginOnly(config.publicUrl));
  // ActivityPub (actors, inboxes, WebFinger) before the web app's catch-all.
  app.use(app.get(FederationHttp).middleware());
  serveWebApp(app, config.webDistDir);
  const realtime = new RealtimeIoAdapter(app, config.redisUrl);
  await realtime.connect();
  app.useWebSocketAdapter(realtime);
  await app.init();
  return app;
}
