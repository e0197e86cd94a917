import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const envSchema = z.object({
  NODE_ENV: z.string().default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
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
  CARELOOP_SEED: z.enum(['demo', 'none']).default('demo'),
  CARELOOP_DEMO_PASSWORD: z.string().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  TRUST_PROXY: bool.default(false),
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
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
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
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
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
    seed: e.CARELOOP_SEED,
    demoPassword: e.CARELOOP_DEMO_PASSWORD,
    poolMax: e.DATABASE_POOL_MAX,
    trustProxy: e.TRUST_PROXY,
    webDistDir: path.resolve(e.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    jobsEnabled: e.JOBS_ENABLED,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
  };
}
