import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().default('./data'),
    JWT_SECRET: z.string().min(32).optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    SEED_DEMO: booleanFromEnv.optional(),
    SERVE_SPA: booleanFromEnv.default(true),
    TRUST_PROXY: booleanFromEnv.default(false),
    PUBLIC_URL: z.url().optional(),
    FILES_DIR: z.string().optional(),
    SIGNING_KEY: z.string().includes('PRIVATE KEY').optional(),
    PAYMENT_SANDBOX_SECRET: z.string().min(16).optional(),
    ALERT_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(5),
    DELIVERY_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default('Một Cửa <no-reply@localhost>'),
    SMS_URL: z.url().optional(),
    SMS_TOKEN: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.SIGNING_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SIGNING_KEY'],
        message: 'is required in production (Ed25519 private key, PEM)',
      });
    }
    if (env.NODE_ENV === 'production' && env.SEED_DEMO) {
      ctx.addIssue({
        code: 'custom',
        path: ['SEED_DEMO'],
        message: 'demo accounts are refused in production',
      });
    }
  });

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  /** PostgreSQL connection string; embedded PGlite under `dataDir` when absent. */
  databaseUrl: string | undefined;
  dataDir: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Seed the demo province and its accounts into an empty database. Never in production. */
  seedDemo: boolean;
  serveSpa: boolean;
  trustProxy: boolean;
  /** Where citizens reach the portal, for links and QR codes on printed slips. */
  publicUrl: string;
  /** Uploaded files, outside any web root. */
  filesDir: string;
  /** Ed25519 private key (PEM) that signs results; outside production a key is generated and kept in DATA_DIR. */
  signingKey: string | undefined;
  /** Shared secret of the sandbox payment gateway's signed callbacks (random per process when unset). */
  paymentSandboxSecret: string;
  /** How often near-due and overdue dossiers are scanned for alerts; 0 turns the scan off. */
  alertIntervalMinutes: number;
  /** How often the outbox is delivered; 0 turns the worker off. */
  deliveryIntervalSeconds: number;
  /** SMTP server (smtp[s]://user:pass@host:port); without it e-mails stay in the local mailbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** HTTP SMS gateway; without it SMS stay in the local mailbox. */
  smsUrl: string | undefined;
  smsToken: string | undefined;
};

/**
 * The one place that reads the environment. Throws a readable error listing every bad variable.
 * Without JWT_SECRET outside production, a per-process random secret is used (tokens end with the process).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in shells and compose files.
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    jwtSecret: e.JWT_SECRET ?? crypto.randomUUID() + crypto.randomUUID(),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    seedDemo: e.SEED_DEMO ?? e.NODE_ENV !== 'production',
    serveSpa: e.SERVE_SPA,
    trustProxy: e.TRUST_PROXY,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    filesDir: path.resolve(e.FILES_DIR ?? path.join(e.DATA_DIR, 'files')),
    signingKey: e.SIGNING_KEY,
    paymentSandboxSecret: e.PAYMENT_SANDBOX_SECRET ?? crypto.randomUUID(),
    alertIntervalMinutes: e.ALERT_INTERVAL_MINUTES,
    deliveryIntervalSeconds: e.DELIVERY_INTERVAL_SECONDS,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsUrl: e.SMS_URL,
    smsToken: e.SMS_TOKEN,
  };
}
