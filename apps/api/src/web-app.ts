import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { CommunityService } from '@palier/server-community';
import { DEFAULT_LOCALE, isLocale, LOCALES, textDirection, type Locale } from '@palier/shared';
import express, { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|health|dev|api|media)(\/|$)/;
const SAS_PATH = /^\/c\/([a-z0-9-]{1,60})\/?$/i;

const escapeAttribute = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The reader's language: ?lang=, else the browser's preference, else French. */
function localeOf(req: Request): Locale {
  const asked = req.query['lang'];
  if (isLocale(asked)) return asked;
  return (req.acceptsLanguages([...LOCALES]) || DEFAULT_LOCALE) as Locale;
}

/**
 * Serves the built web app (Vite output) from the API process, so one URL serves both. Unknown
 * paths get index.html, so the app's own router answers them. A community's sas (/c/<slug>)
 * comes with its content already in the HTML, readable before (or without) any script.
 * Returns false when no build is there (development with `npm run dev:web`).
 */
export function serveWebApp(app: INestApplication, webDistDir: string): boolean {
  const indexPath = join(webDistDir, 'index.html');
  if (!existsSync(indexPath)) return false;
  const index = readFileSync(indexPath, 'utf8');
  const communities = app.get(CommunityService);
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
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html');
    const slug = SAS_PATH.exec(req.path)?.[1];
    const locale = localeOf(req);
    const snapshot = slug
      ? await communities.sasSnapshot(slug.toLowerCase(), locale).catch(() => undefined)
      : undefined;
    if (!snapshot) return res.send(index);
    res.setHeader('Vary', 'Accept-Language');
    res.send(
      index
        .replace(
          /<html lang="[^"]*" dir="[^"]*">/,
          `<html lang="${locale}" dir="${textDirection(locale)}">`,
        )
        .replace(
          /<title>[^<]*<\/title>/,
          `<title>${escapeAttribute(snapshot.name)} – Palier</title>`,
        )
        .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
        .replace(
          '<div id="root"></div>',
          `<div id="root"><main id="contenu">${snapshot.html}</main></div>`,
        ),
    );
  });
  return true;
}
