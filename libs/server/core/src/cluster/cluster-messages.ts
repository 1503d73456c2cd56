import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createClient } from 'redis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

type Handler = (message: unknown) => void;
/** What is kept of a Redis client once connected. */
interface Client {
  readonly isReady: boolean;
  publish(channel: string, message: string): Promise<unknown>;
  quit(): Promise<unknown>;
}

const PREFIX = 'palier:cluster:';

/**
 * Messages to every API process: delivered at once in this process, and through Redis pub/sub to
 * the other processes when REDIS_URL is set (the deployment with several processes behind a load
 * balancer). For facts that in-process state must follow, such as "the viewer of account X
 * changed". Delivery to the other processes is best effort: when the Redis subscription drops,
 * `onResync` handlers run once it is back, since messages may have been missed meanwhile.
 */
@Injectable()
export class ClusterMessages implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ClusterMessages.name);
  private readonly origin = randomUUID();
  private readonly handlers = new Map<string, Handler[]>();
  private readonly resyncHandlers: (() => void)[] = [];
  private pub?: Client;
  private sub?: Client;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  on(channel: string, handler: Handler): void {
    this.handlers.set(channel, [...(this.handlers.get(channel) ?? []), handler]);
  }

  /** Called when messages from other processes may have been lost (Redis connection back). */
  onResync(handler: () => void): void {
    this.resyncHandlers.push(handler);
  }

  /** Delivers here at once, then to the other processes (resolved once Redis has taken it). */
  async publish(channel: string, message: unknown): Promise<void> {
    this.deliver(channel, message);
    if (!this.pub?.isReady) return;
    await this.pub
      .publish(PREFIX + channel, JSON.stringify({ origin: this.origin, message }))
      .catch((error: Error) => this.logger.warn(`Redis publish failed: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    if (!this.config.redisUrl) return;
    const pub = createClient({ url: this.config.redisUrl });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on('error', () => undefined);
    let subscribedOnce = false;
    sub.on('ready', () => {
      // A reconnection: what was published while the subscription was down is lost.
      if (subscribedOnce) for (const handler of this.resyncHandlers) handler();
      subscribedOnce = true;
    });
    await Promise.all([pub.connect(), sub.connect()]);
    await sub.pSubscribe(`${PREFIX}*`, (raw, channel) => {
      try {
        const { origin, message } = JSON.parse(raw) as { origin: string; message: unknown };
        if (origin !== this.origin) this.deliver(channel.slice(PREFIX.length), message);
      } catch (error) {
        this.logger.warn(`Unreadable cluster message on ${channel}: ${(error as Error).message}`);
      }
    });
    this.pub = pub;
    this.sub = sub;
  }

  async onModuleDestroy(): Promise<void> {
    const clients = [this.pub, this.sub].filter((c): c is Client => Boolean(c));
    this.pub = this.sub = undefined;
    await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
  }

  private deliver(channel: string, message: unknown): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(message);
      } catch (error) {
        this.logger.error(`Handler of ${channel} failed: ${(error as Error).stack ?? error}`);
      }
    }
  }
}
