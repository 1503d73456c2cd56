import { join, resolve } from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z.string().refine(
  (v) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  },
  { error: 'must be a URL like postgres://user:password@host:5432/database' },
);

/** Every environment variable Palier reads, with its default. README "Configuration" lists them. */
const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .default('development'),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int({ error: 'must be a whole number between 1 and 65535' })
    .min(1, { error: 'must be a whole number between 1 and 65535' })
    .max(65535, { error: 'must be a whole number between 1 and 65535' })
    .default(3000),
  PUBLIC_URL: z
    .url({ error: 'must be an absolute URL such as https://palier.example.org' })
    .optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number between 1 and 100' })
    .int({ error: 'must be a whole number between 1 and 100' })
    .min(1, { error: 'must be a whole number between 1 and 100' })
    .max(100, { error: 'must be a whole number between 1 and 100' })
    .default(10),
  DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('./data'),
  STORAGE_DIR: z.string().min(1, { error: 'must not be empty' }).optional(),
  WEB_DIST_DIR: z.string().min(1).default('./dist/web'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  DEMO_CONTENT: booleanFlag.optional(),
  TRUST_PROXY: booleanFlag.default(false),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v), {
      error: 'must be a URL like smtp://user:password@mail.example.org:587',
    })
    .optional(),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\/.+/.test(v), {
      error: 'must be a URL like redis://127.0.0.1:6379',
    })
    .optional(),
  RUN_JOBS: booleanFlag.default(true),
  ERASURE_GRACE_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .int({ error: 'must be a whole number of hours' })
    .min(0, { error: 'must be between 0 and 720' })
    .max(720, { error: 'must be between 0 and 720' })
    .default(168),
  LOGIN_ATTEMPTS_PER_IP: z.coerce
    .number({ error: 'must be a whole number between 5 and 100000' })
    .int({ error: 'must be a whole number between 5 and 100000' })
    .min(5, { error: 'must be a whole number between 5 and 100000' })
    .max(100_000, { error: 'must be a whole number between 5 and 100000' })
    .default(30),
  FEDERATION_ALLOW_PRIVATE_HOSTS: booleanFlag.default(false),
  FEDERATION_BLOCKLIST: z.string().default(''),
  EMAIL_FROM: z
    .string()
    .min(3, { error: 'must be an address such as "Palier <palier@example.org>"' })
    .optional(),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  /** Set when a PostgreSQL server is used; absent in embedded mode. */
  databaseUrl?: string;
  databasePoolSize: number;
  /** Absolute folder for the embedded database and local files. */
  dataDir: string;
  /** Absolute folder of uploaded files (photos), through the local-disk FileStorage. */
  storageDir: string;
  webDistDir: string;
  logLevel: LogLevel;
  /** Seed the demo communities at start. */
  demoContent: boolean;
  trustProxy: boolean;
  /** SMTP server for emails; without it emails go to the log and the development mailbox. */
  smtpUrl?: string;
  emailFrom: string;
  /** Redis for real-time messages between several API processes; absent = in-process only. */
  redisUrl?: string;
  /** Run the background jobs in this process (on by default; at most one runs each job at a time). */
  runJobs: boolean;
  /** Hours between a request to delete an account and the erasure (the person may cancel). */
  erasureGraceHours: number;
  /** Log-in attempts one IP address may make in 15 minutes (a centre's shared computers count as one). */
  loginAttemptsPerIp: number;
  /**
   * Federation may fetch and deliver to private and loopback addresses. Only for tests running
   * two servers on loopback: never in production (remote-supplied URLs could reach inside).
   */
  federationAllowPrivateHosts: boolean;
  /** Remote domains (`example.org`) and actor URIs refused by federation, lower-cased. */
  federationBlocklist: string[];
}

/** A configuration problem an operator can fix; its message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const raw = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    const got = raw[name];
    throw new ConfigError(
      `Invalid configuration: ${name} ${issue.message}` +
        (got !== undefined ? ` (got "${String(got).slice(0, 80)}")` : '') +
        '.',
    );
  }
  const v = parsed.data;
  if (v.FEDERATION_ALLOW_PRIVATE_HOSTS && v.NODE_ENV === 'production')
    throw new ConfigError(
      'Invalid configuration: FEDERATION_ALLOW_PRIVATE_HOSTS is for tests on loopback only, never in production.',
    );
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    publicUrl: (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(/\/$/, ''),
    databaseUrl: v.DATABASE_URL,
    databasePoolSize: v.DATABASE_POOL_SIZE,
    dataDir: resolve(v.DATA_DIR),
    storageDir: resolve(v.STORAGE_DIR ?? join(v.DATA_DIR, 'files')),
    webDistDir: resolve(v.WEB_DIST_DIR),
    // Quiet in development (the start banner says what matters), one line per request in production.
    logLevel: v.LOG_LEVEL ?? (v.NODE_ENV === 'production' ? 'info' : 'warn'),
    demoContent: v.DEMO_CONTENT ?? v.NODE_ENV !== 'production',
    trustProxy: v.TRUST_PROXY,
    smtpUrl: v.SMTP_URL,
    redisUrl: v.REDIS_URL,
    runJobs: v.RUN_JOBS,
    erasureGraceHours: v.ERASURE_GRACE_HOURS,
    loginAttemptsPerIp: v.LOGIN_ATTEMPTS_PER_IP,
    federationAllowPrivateHosts: v.FEDERATION_ALLOW_PRIVATE_HOSTS,
    federationBlocklist: v.FEDERATION_BLOCKLIST.split(/[\s,]+/)
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
    emailFrom:
      v.EMAIL_FROM ?? `Palier <no-reply@${new URL(v.PUBLIC_URL ?? 'http://localhost').hostname}>`,
  };
}
