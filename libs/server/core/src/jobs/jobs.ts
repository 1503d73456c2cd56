import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { DatabaseEndpoint } from '../database/database-endpoint';
import { DATABASE_ENDPOINT } from '../database/database.module';

export interface Job {
  /** A stable name, also used on the command line: `palier run-job <name>`. */
  name: string;
  everyMs: number;
  /** Does the work; safe to run twice; returns a short summary for the log (or nothing). */
  run(): Promise<string | void>;
}

/**
 * The one scheduler of background work (email delivery, digests, retention…). Each run of a job
 * holds a PostgreSQL advisory lock, so with several API processes only one does it at a time; the
 * others skip that turn. (The embedded database serves one process only: an in-process flag is
 * enough there, and it keeps the single connection free for requests.)
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs = new Map<string, Job>();
  private readonly running = new Map<string, Promise<string | void | 'skipped'>>();
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_ENDPOINT) private readonly endpoint: DatabaseEndpoint,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  register(job: Job): void {
    if (this.jobs.has(job.name)) throw new Error(`Job ${job.name} is registered twice.`);
    this.jobs.set(job.name, job);
  }

  names(): string[] {
    return [...this.jobs.keys()].sort();
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test' || !this.config.runJobs) return;
    for (const job of this.jobs.values()) {
      const timer = setInterval(() => void this.runNow(job.name), job.everyMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.timers.forEach(clearInterval);
    await Promise.allSettled(this.running.values());
  }

  /** Runs a job now (unless it is running here or in another process); returns what it did. */
  runNow(name: string): Promise<string | void | 'skipped'> {
    const job = this.jobs.get(name);
    if (!job)
      return Promise.reject(new Error(`Unknown job "${name}". Jobs: ${this.names().join(', ')}.`));
    const current = this.running.get(name);
    if (current) return current.then(() => 'skipped' as const);
    const run = this.underLock(job).finally(() => this.running.delete(name));
    this.running.set(name, run);
    return run;
  }

  private async underLock(job: Job): Promise<string | void | 'skipped'> {
    try {
      if (this.endpoint.embedded) return await this.logged(job);
      const runner = this.db.createQueryRunner();
      await runner.connect();
      try {
        const [{ locked }] = await runner.query(
          `SELECT pg_try_advisory_lock(hashtext($1)) AS locked`,
          [`palier:${job.name}`],
        );
        if (!locked) return 'skipped';
        try {
          return await this.logged(job);
        } finally {
          await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`palier:${job.name}`]);
        }
      } finally {
        await runner.release();
      }
    } catch (error) {
      this.logger.error(`Job ${job.name} failed: ${(error as Error).stack ?? error}`);
      return `failed: ${(error as Error).message}`;
    }
  }

  private async logged(job: Job): Promise<string | void> {
    const summary = await job.run();
    if (summary) this.logger.log(`${job.name}: ${summary}`);
    return summary;
  }
}
