import { ConfigError, loadConfig } from './config.js';
import { isConnectionLoss } from './db/pg-errors.js';
import { createLogger } from './logger.js';
import { PARTNER_TOKEN_PATH_PREFIXES } from './modules/referrals/partner-token.js';
import { startServer } from './server.js';

// Stop well within the 10 s a service manager (or `npm start`'s Ctrl-C) is promised; past this the
// process exits anyway, and the embedded PostgreSQL is told to stop with it (never left running).
const FORCE_EXIT_MS = 8_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.logLevel, undefined, { secretPathPrefixes: PARTNER_TOKEN_PATH_PREFIXES });
  // A signal while starting: exit now; the 'exit' hook stops a PostgreSQL already spawned.
  const duringStart = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopped while starting');
    process.exit(1);
  };
  process.once('SIGINT', duringStart);
  process.once('SIGTERM', duringStart);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(config, logger);
  } catch (err) {
    logger.fatal({ reason: (err as Error).message }, 'Careloop could not start');
    process.exitCode = 1;
    return;
  }
  logger.info({ url: server.url }, 'Careloop is running');
  process.stdout.write(
    `\nCareloop is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}\n\n`,
  );
  let shuttingDown = false;
  const shutdown = (reason: string, exitCode: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ reason }, 'shutting down');
    const force = setTimeout(() => process.exit(exitCode || 1), FORCE_EXIT_MS);
    force.unref();
    server
      .close()
      .then(() => process.exit(exitCode))
      .catch(() => process.exit(1));
  };
  process.off('SIGINT', duringStart);
  process.off('SIGTERM', duringStart);
  process.on('SIGINT', () => shutdown('SIGINT', 0));
  process.on('SIGTERM', () => shutdown('SIGTERM', 0));
  server.ctx.database.onEmbeddedExit?.((why) => {
    logger.fatal({ why }, 'the embedded PostgreSQL stopped unexpectedly; shutting down');
    shutdown('database stopped', 1);
  });
  // A library promise left unawaited (pg-boss completing a job) can reject when the database
  // drops: that is the connection loss already handled elsewhere, not a reason to die.
  process.on('unhandledRejection', (err) => {
    if (isConnectionLoss(err)) {
      logger.warn({ code: (err as { code?: string }).code ?? null }, 'database connection lost in the background');
      return;
    }
    logger.fatal({ err: { message: (err as Error)?.message } }, 'unhandled rejection; shutting down');
    shutdown('unhandled rejection', 1);
  });
}

void main();
