import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const envSchema = z.object({
  /** Unset is development (the demo is seeded); `production` turns on the strict defaults. */
  NODE_ENV: z.string().default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  /** With DATABASE_URL: the owner role that runs migrations (default: DATABASE_URL itself). */
  DATABASE_OWNER_URL: z.string().url().optional(),
  /** The audit chain's HMAC key (at least 32 characters); or AUDIT_KEY_FILE; kept out of the database. */
  AUDIT_HMAC_KEY: z.string().min(32, 'AUDIT_HMAC_KEY must be at least 32 characters').optional(),
  AUDIT_KEY_FILE: z.string().min(1).optional(),
  /** Where signed audit checkpoints are appended (default DATA_DIR/audit-checkpoints). */
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  RATE_LIMIT_ENABLED: bool.default(true),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  SELF_REFERRAL_PER_HOUR: z.coerce.number().int().min(1).default(5),
  /** Client searches per signed-in user per minute (typing with the web's debounce stays well under). */
  SEARCH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Which organisation the public self-referral form files into (default: the only one accepting them). */
  PUBLIC_ORGANIZATION_ID: z.string().uuid().optional(),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Default: `demo` outside production, `none` under NODE_ENV=production. */
  CARELOOP_SEED: z.enum(['demo', 'none']).optional(),
  CARELOOP_DEMO_PASSWORD: z.string().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  TRUST_PROXY: bool.default(false),
  /** Serve plain HTTP on a non-loopback HOST without a TLS-terminating proxy in front (not for real data). */
  ALLOW_INSECURE_HTTP: bool.default(false),
  WEB_DIST_DIR: z.string().optional(),
  /** Background jobs (follow-up sweep, plan-review tasks, reminders); off only for special setups. */
  JOBS_ENABLED: bool.default(true),
  /** Reminder email: off unless set, e.g. smtps://user:pass@smtp.example:465. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Careloop <careloop@localhost>'),
  /** The address staff open Careloop at, for links in emails. */
  PUBLIC_URL: z.string().url().optional(),
});

export interface Config {
  env: string;
  /** NODE_ENV=production: no demo seed unless asked, no passwords in logs, API docs for staff only. */
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  audit: { hmacKey: string | undefined; keyFile: string | undefined; checkpointDir: string };
  sessionSecret: string | undefined;
  logLevel: string;
  session: { idleSeconds: number; absoluteSeconds: number };
  rateLimit: {
    enabled: boolean;
    loginPerMinute: number;
    publicPerMinute: number;
    selfReferralPerHour: number;
    searchPerMinute: number;
  };
  publicOrganizationId: string | undefined;
  lockout: { threshold: number; minutes: number };
  seed: 'demo' | 'none';
  demoPassword: string | undefined;
  poolMax: number;
  trustProxy: boolean;
  webDistDir: string;
  jobsEnabled: boolean;
  mail: { smtpUrl: string | undefined; from: string };
  publicUrl: string;
}

export class ConfigError extends Error {}

/** Configuration comes only from the environment; nothing else is read. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  refuseUnsafe(e, production);
  return {
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseOwnerUrl: e.DATABASE_OWNER_URL,
    dataDir: path.resolve(e.DATA_DIR),
    audit: {
      hmacKey: e.AUDIT_HMAC_KEY,
      keyFile: e.AUDIT_KEY_FILE ? path.resolve(e.AUDIT_KEY_FILE) : undefined,
      checkpointDir: path.resolve(e.AUDIT_CHECKPOINT_DIR ?? path.join(e.DATA_DIR, 'audit-checkpoints')),
    },
    sessionSecret: e.SESSION_SECRET,
    logLevel: e.LOG_LEVEL,
    session: { idleSeconds: e.SESSION_IDLE_MINUTES * 60, absoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600 },
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      loginPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
      publicPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
      selfReferralPerHour: e.SELF_REFERRAL_PER_HOUR,
      searchPerMinute: e.SEARCH_RATE_LIMIT_PER_MINUTE,
    },
    publicOrganizationId: e.PUBLIC_ORGANIZATION_ID,
    lockout: { threshold: e.LOCKOUT_THRESHOLD, minutes: e.LOCKOUT_MINUTES },
    seed: e.CARELOOP_SEED ?? (production ? 'none' : 'demo'),
    demoPassword: e.CARELOOP_DEMO_PASSWORD,
    poolMax: e.DATABASE_POOL_MAX,
    trustProxy: e.TRUST_PROXY,
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    jobsEnabled: e.JOBS_ENABLED,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
  };
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;

/** Settings that would expose the app or its sessions: refuse to start rather than warn. */
function refuseUnsafe(e: z.infer<typeof envSchema>, production: boolean): void {
  if (!LOOPBACK.test(e.HOST) && !e.TRUST_PROXY && !e.ALLOW_INSECURE_HTTP) {
    throw new ConfigError(
      `HOST=${e.HOST} would serve sign-ins and client records over plain HTTP. Put a TLS-terminating ` +
        'reverse proxy in front and set TRUST_PROXY=true, bind HOST=127.0.0.1, or (for a test network ' +
        'only) set ALLOW_INSECURE_HTTP=true.',
    );
  }
  if (production && e.DATABASE_URL && !e.SESSION_SECRET) {
    throw new ConfigError(
      'NODE_ENV=production with DATABASE_URL needs SESSION_SECRET (at least 32 characters), the same on every ' +
        'instance: a secret generated in DATA_DIR would differ between instances and be lost with the container.',
    );
  }
}
