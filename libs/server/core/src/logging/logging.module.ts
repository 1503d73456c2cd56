import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
// Where nestjs-pino's PinoLogger finds the logger of the current request.
import { storage, Store } from 'nestjs-pino/storage';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Reuses a well-formed X-Request-Id from a proxy, or makes one; echoes it in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

const ignored = (req: IncomingMessage) => Boolean(req.url?.startsWith('/health'));

/** A logger that becomes `logger.child(bindings())` the first time it is used. */
function lazyChild(logger: Logger, bindings: () => Record<string, unknown>): Logger {
  let child: Logger | undefined;
  return new Proxy(logger, {
    get(_, key) {
      child ??= logger.child(bindings());
      const value = Reflect.get(child, key, child) as unknown;
      return typeof value === 'function' ? value.bind(child) : value;
    },
  });
}

/** Request lines are logged at "info": a level above it never writes them. */
const writesRequestLines = (level: string) => ['trace', 'debug', 'info'].includes(level);

/**
 * Structured JSON logs (pino), one line per request with its request id. At a level that writes
 * no request line (warn, error: the production default), pino-http's per-request loggers would be
 * built for nothing (a child logger with the request serialized, on every request: 2–3 % of a
 * feed page's CPU); a light middleware then gives the request id and logs failed requests only.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // The application's own loggers are built from these options in both cases.
        ...(writesRequestLines(config.logLevel) ? {} : { useExisting: true as const }),
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestId,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          autoLogging: { ignore: ignored },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule implements NestModule {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    if (!writesRequestLines(this.config.logLevel))
      consumer.apply(quietRequestLogging(this.logger.logger)).forRoutes('*');
  }
}

/**
 * What pino-http does that shows at a level above "info": the request id (header and logs) and a
 * line for each failed request. What the application logs during the request carries the request,
 * as with pino-http, through a child logger made only when something is logged.
 */
function quietRequestLogging(logger: Logger) {
  return (
    req: IncomingMessage & { id?: string; originalUrl?: string },
    res: ServerResponse,
    next: () => void,
  ) => {
    const id = (req.id = requestId(req, res));
    // Below a mount point, req.url is what is left of the path: originalUrl is the whole path.
    const url = req.originalUrl ?? req.url;
    const bound = { req: { id, method: req.method, url } };
    if (!url?.startsWith('/health')) {
      const started = Date.now();
      res.once('finish', () => {
        if (res.statusCode < 500) return;
        logger.error(
          { ...bound, res: { statusCode: res.statusCode }, responseTime: Date.now() - started },
          'request errored',
        );
      });
    }
    storage.run(new Store(lazyChild(logger, () => bound)), next);
  };
}
