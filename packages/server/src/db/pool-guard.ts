import pg from 'pg';
import type { Logger } from 'pino';

/**
 * A pg.Pool that survives connections dropping under its users (database restart, failover,
 * pg_terminate_backend):
 * - a checked-out client whose connection drops between queries emits 'error' with no listener
 *   (pg-pool listens only while a client is idle), which would crash the process;
 * - drizzle's `transaction()` sends BEGIN before its try/finally, so a BEGIN on a dead
 *   connection never releases the client (drizzle-team/drizzle-orm#6241) and the pool runs dry.
 * Here a checked-out client that loses its connection goes back to the pool as broken (the pool
 * discards it) and its holder's later release() is a no-op; its next query fails instead.
 */
export class GuardedPool extends pg.Pool {
  constructor(config: pg.PoolConfig, logger: Logger) {
    super(config);
    this.on('connect', (client) => {
      client.on('error', (err: Error & { code?: string }) =>
        logger.warn({ code: err.code ?? null }, 'database client lost its connection'),
      );
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): void;
  override connect(
    callback?: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
  ): Promise<pg.PoolClient> | void {
    // pool.query() uses the callback form and releases on every path itself.
    if (callback) return super.connect(callback);
    return super.connect().then(releaseWhenLost);
  }
}

function releaseWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  let released = false;
  const onEnd = () => {
    if (released) return;
    released = true;
    release(new Error('connection lost while checked out'));
  };
  client.once('end', onEnd);
  client.release = (err?: Error | boolean) => {
    if (released) return;
    released = true;
    client.removeListener('end', onEnd);
    release(err);
  };
  return client;
}
