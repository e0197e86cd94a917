import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { GuardedPool } from './pool-guard.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import * as schema from './schema.js';
import { loadOrCreateSecrets } from './secrets.js';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the pool-backed handle or a transaction: services take whichever they are given. */
export type DbOrTx = Db | Tx;

export interface Database {
  mode: 'embedded' | 'external';
  pool: pg.Pool;
  db: Db;
  connectionString: string;
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

/** External PostgreSQL when DATABASE_URL is set, otherwise the embedded one under DATA_DIR. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let connectionString: string;
  let sessionSecret = config.sessionSecret;
  if (config.databaseUrl) {
    connectionString = config.databaseUrl;
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
    connectionString = embedded.connectionString;
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
    db: drizzle(pool, { schema }),
    connectionString,
    sessionSecret,
    onEmbeddedExit: embedded?.onUnexpectedExit,
    async close() {
      await pool.end().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
