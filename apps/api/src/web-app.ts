import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|health)(\/|$)/;

/**
 * Serves the built web app (Vite output) from the API process, so one URL serves both. Unknown
 * paths get index.html, so the app's own router answers them (e.g. /c/<slug>).
 * Returns false when no build is there (development with `npm run dev:web`).
 */
export function serveWebApp(app: INestApplication, webDistDir: string): boolean {
  const index = join(webDistDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    express.static(webDistDir, {
      index: false,
      maxAge: '1y',
      immutable: true,
      setHeaders(res, path) {
        if (!path.includes('/assets/')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
