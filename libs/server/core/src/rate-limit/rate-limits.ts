import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AppError } from '../errors/app-error';

/** A limit: at most `points` attempts per `durationSeconds`, then blocked for `blockSeconds`. */
export interface RateRule {
  name: string;
  points: number;
  durationSeconds: number;
  blockSeconds?: number;
}

/** The limits of the sensitive entry points (per IP address and per account). */
export const RATE_RULES = {
  logInPerIp: { name: 'login_ip', points: 30, durationSeconds: 15 * 60 },
  logInFailuresPerAccount: {
    name: 'login_fail',
    points: 5,
    durationSeconds: 15 * 60,
    blockSeconds: 15 * 60,
  },
  signUpPerIp: { name: 'signup_ip', points: 10, durationSeconds: 60 * 60 },
  resetPerIp: { name: 'reset_ip', points: 10, durationSeconds: 60 * 60 },
  resetPerAccount: { name: 'reset_account', points: 3, durationSeconds: 60 * 60 },
  activationPerIp: {
    name: 'activation_ip',
    points: 10,
    durationSeconds: 15 * 60,
    blockSeconds: 15 * 60,
  },
} satisfies Record<string, RateRule>;

function tooMany(res: RateLimiterRes): AppError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new AppError(
    'RATE_LIMITED',
    `Trop d’essais. Pour votre sécurité, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  );
}

/**
 * Rate limits kept in PostgreSQL (table rate_limit), so several API processes share them.
 * Never call it inside a transaction: it uses its own query on the pool.
 */
@Injectable()
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterPostgres>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private limiter(rule: RateRule): RateLimiterPostgres {
    let limiter = this.limiters.get(rule.name);
    if (!limiter) {
      const pool = (this.dataSource.driver as unknown as { master: unknown }).master;
      limiter = new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: rule.name,
        points: rule.points,
        duration: rule.durationSeconds,
        blockDuration: rule.blockSeconds ?? 0,
      });
      this.limiters.set(rule.name, limiter);
    }
    return limiter;
  }

  /** Counts one attempt; throws RATE_LIMITED when the limit is passed. */
  async consume(rule: RateRule, key: string): Promise<void> {
    try {
      await this.limiter(rule).consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooMany(error);
      throw error;
    }
  }

  /** Throws RATE_LIMITED if the key is blocked now, without counting an attempt. */
  async check(rule: RateRule, key: string): Promise<void> {
    const res = await this.limiter(rule).get(key);
    if (res && res.consumedPoints >= rule.points && res.msBeforeNext > 0) throw tooMany(res);
  }

  async reset(rule: RateRule, key: string): Promise<void> {
    await this.limiter(rule).delete(key);
  }
}
