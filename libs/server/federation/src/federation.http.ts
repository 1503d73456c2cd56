import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppError,
  RateLimits,
  type AppConfig,
  type RateRule,
} from '@palier/server-core';
import type { NextFunction, Request, Response } from 'express';
import { signatureKeyId } from './blocklist';
import { FederationService } from './federation.service';

/** The paths Fedify answers: actors, inboxes, WebFinger, NodeInfo. */
const FEDERATION_PATHS = /^\/(ap\/|\.well-known\/(webfinger|nodeinfo)$|nodeinfo\/)/;

/** Largest inbound activity accepted (bytes): a partnership or offer activity is a few kB. */
export const MAX_ACTIVITY_BYTES = 64 * 1024;

/** Deliveries accepted per sending IP address and minute (a busy server sends in bursts). */
export const INBOX_RATE: RateRule = { name: 'ap_inbox', points: 300, durationSeconds: 60 };

const NOT_FOUND = 'x-palier-not-federation';

function problem(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain; charset=utf-8').send(message);
}

/** Reads the request body, refusing more than `limit` bytes. */
async function readBody(req: Request, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Express middleware handing the federation paths to Fedify's `fetch` (a Request/Response
 * adapter), with the inbox guards: size limit, rate limit per IP, blocklist on the signing key.
 * Other paths go on to the rest of the app; a browser asking for an actor gets its sas page.
 */
@Injectable()
export class FederationHttp {
  constructor(
    private readonly service: FederationService,
    private readonly rateLimits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      if (!FEDERATION_PATHS.test(req.path)) return next();
      this.handle(req, res, next).catch(next);
    };
  }

  private async handle(req: Request, res: Response, next: NextFunction): Promise<void> {
    let body: Buffer | undefined;
    if (req.method === 'POST') {
      if (Number(req.headers['content-length'] ?? 0) > MAX_ACTIVITY_BYTES)
        return problem(res, 413, 'Activity too large.');
      try {
        await this.rateLimits.consume(INBOX_RATE, req.ip ?? 'unknown');
      } catch (error) {
        if (error instanceof AppError) return problem(res, 429, 'Too many deliveries.');
        throw error;
      }
      const keyId = signatureKeyId(req.headers['signature'] as string | undefined);
      if (keyId && this.service.blocked(keyId)) return problem(res, 403, 'Blocked.');
      const read = await readBody(req, MAX_ACTIVITY_BYTES);
      if (read === 'too-large') return problem(res, 413, 'Activity too large.');
      body = read;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const request = new Request(new URL(req.originalUrl, this.config.publicUrl), {
      method: req.method,
      headers,
      body: body && new Uint8Array(body),
    });
    const response = await this.service.federation.fetch(request, {
      contextData: undefined,
      onNotFound: () => new Response(null, { status: 404, headers: { [NOT_FOUND]: '1' } }),
      onNotAcceptable: () => {
        // A person's browser following an actor's link: show the community's sas.
        const slug = /^\/ap\/communities\/([a-z0-9-]+)$/.exec(req.path)?.[1];
        return slug
          ? new Response(null, { status: 303, headers: { location: `/c/${slug}` } })
          : new Response('Not acceptable.', { status: 406 });
      },
    });
    if (response.headers.get(NOT_FOUND)) return next();
    res.status(response.status);
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.send(Buffer.from(await response.arrayBuffer()));
  }
}
