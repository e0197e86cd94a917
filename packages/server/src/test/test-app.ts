import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import pino, { type Logger } from 'pino';
import { afterAll } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { AppContext } from '../context.js';
import { createPool, type Database } from '../db/database.js';
import type { App } from '../http/route-types.js';
import { writeAuditCheckpoints } from '../modules/audit/audit.checkpoint.js';
import { auditKeyring, type AuditKeyring } from '../modules/audit/audit.key.js';
import { sealAudit } from '../modules/audit/audit.sealer.js';
import { commonPasswordChecker } from '../modules/users/password-hash.js';
import { seedDemo } from '../seed/demo-seed.js';
import { createTestDatabase } from './test-db.js';
import { asAppRole } from './test-roles.js';
import { onHandoffAccepted, stageFacts } from '../stage-facts.js';

export const DEMO_PASSWORD = 'test-demo-password-2026';

export interface TestApp {
  app: App;
  ctx: AppContext;
  clock: { now: Date; advance(ms: number): void };
  /** Seals the audit log and writes a signed checkpoint, as the running server does. */
  seal(): Promise<number>;
  audit: { keyring: AuditKeyring; checkpointDir: string };
}

export const TEST_AUDIT_KEY = Buffer.from('test-only-audit-hmac-key-0123456789abcdef', 'utf8');

const isCommon = commonPasswordChecker();

/**
 * The real app on its own cloned database, connected as the least-privileged app role, with a
 * controllable clock; closed after the file.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const ownerConnectionString = await createTestDatabase();
  const connectionString = asAppRole(ownerConnectionString);
  const logger = options.logger ?? pino({ level: 'silent' });
  const pool = createPool(connectionString, 5, logger);
  const database: Database = {
    mode: 'external',
    pool,
    db: drizzle(pool),
    connectionString,
    ownerConnectionString,
    sessionSecret: 'test-session-secret-0123456789abcdef0123456789',
    close: () => pool.end(),
  };
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', RATE_LIMIT_ENABLED: 'false' }),
    ...overrides,
  };
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const ctx: AppContext = {
    config,
    database,
    logger,
    now: () => clock.now,
    isCommonPassword: isCommon,
    stageFacts,
    onHandoffAccepted,
  };
  await seedDemo(database.db, DEMO_PASSWORD);
  const app = await buildApp(ctx);
  await app.ready();
  const keyring = auditKeyring(TEST_AUDIT_KEY);
  const checkpointDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careloop-audit-cp-'));
  afterAll(async () => {
    await app.close();
    await pool.end();
    fs.rmSync(checkpointDir, { recursive: true, force: true });
  });
  const seal = async () => {
    const n = await sealAudit(pool, keyring);
    await writeAuditCheckpoints(pool, keyring, checkpointDir);
    return n;
  };
  return { app, ctx, clock, seal, audit: { keyring, checkpointDir } };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: string;
  organizationId: string;
}

export async function signIn(app: App, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  // `__Host-careloop_session` under a production config.
  const setCookie = res.cookies.find((c) => c.name === 'careloop_session' || c.name === '__Host-careloop_session');
  if (!setCookie) throw new Error('no session cookie');
  const body = res.json<{ csrfToken: string; user: { id: string; organizationId: string } }>();
  return {
    cookie: `${setCookie.name}=${setCookie.value}`,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    organizationId: body.user.organizationId,
  };
}

/** Headers for a cookie-authenticated request (with the CSRF token, as the web app sends it). */
export function as(session: Session, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...extra };
}
