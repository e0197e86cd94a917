import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
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
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    server
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

void main();
