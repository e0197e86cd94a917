import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { GuardedPool } from './pool-guard.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { DB_ROLES, ensureRoles } from './roles.js';
import { loadOrCreateSecrets } from './secrets.js';

export type Db = NodePgDatabase;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the pool-backed handle or a transaction: services take whichever they are given. */
export type DbOrTx = Db | Tx;

export interface Database {
  mode: 'embedded' | 'external';
  /** Connected as the least-privileged app role (careloop_app in embedded mode). */
  pool: pg.Pool;
  db: Db;
  connectionString: string;
  /** The owner's connection (migrations, the demo reset): opened only for those, then closed. */
  ownerConnectionString: string;
  sessionSecret: string;
  close(): Promise<void>;
  /** The embedded PostgreSQL stopped on its own (external databases reconnect instead). */
  onEmbeddedExit?: (listener: (why: string) => void) => void;
}

// timestamptz -> Date, date -> 'YYYY-MM-DD' string (never shifted by the server's zone).
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export function createPool(connectionString: string, max: number, logger: Logger): pg.Pool {
  const pool = new GuardedPool(
    { connectionString, max, idleTimeoutMillis: 30_000, application_name: 'careloop' },
    logger,
  );
  // An idle client losing its connection must not crash the process; log without details.
  pool.on('error', (err) => logger.error({ code: (err as { code?: string }).code }, 'idle database client error'));
  return pool;
}

/** The same server and database as `url`, logged in as `user`. */
export function asRole(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** Embedded mode: make sure the roles exist (an older DATA_DIR has none) and the app's password is set. */
async function ensureEmbeddedRoles(ownerUrl: string, appPassword: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await ensureRoles(client, { appPassword });
  } finally {
    await client.end();
  }
}

/**
 * External PostgreSQL when DATABASE_URL is set (the app's role; DATABASE_OWNER_URL runs the
 * migrations), otherwise the embedded one under DATA_DIR, where the app logs in as careloop_app.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let connectionString: string;
  let ownerConnectionString: string;
  let sessionSecret = config.sessionSecret;
  if (config.databaseUrl) {
    connectionString = config.databaseUrl;
    ownerConnectionString = config.databaseOwnerUrl ?? config.databaseUrl;
    if (!sessionSecret) {
      logger.warn(
        'SESSION_SECRET is not set: using the one generated in DATA_DIR (set it when running several instances)',
      );
      sessionSecret = loadOrCreateSecrets(config.dataDir).sessionSecret;
    }
  } else {
    const secrets = loadOrCreateSecrets(config.dataDir);
    sessionSecret ??= secrets.sessionSecret;
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, password: secrets.dbPassword, logger });
    ownerConnectionString = embedded.connectionString;
    try {
      await ensureEmbeddedRoles(ownerConnectionString, secrets.appDbPassword);
    } catch (err) {
      await embedded.stop();
      throw err;
    }
    connectionString = asRole(ownerConnectionString, DB_ROLES.app, secrets.appDbPassword);
  }
  const pool = createPool(connectionString, config.poolMax, logger);
  try {
    await pool.query('select 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    await embedded?.stop();
    const code = (err as { code?: string }).code ?? 'unknown';
    throw new Error(`Cannot connect to PostgreSQL (${code}). Check DATABASE_URL and that the server is running.`, {
      cause: err,
    });
  }
  return {
    mode: embedded ? 'embedded' : 'external',
    pool,
    db: drizzle(pool),
    connectionString,
    ownerConnectionString,
    sessionSecret,
    onEmbeddedExit: embedded?.onUnexpectedExit,
    async close() {
      await pool.end().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
