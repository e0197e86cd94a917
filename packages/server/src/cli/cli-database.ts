import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/database.js';
import { createLogger } from '../logger.js';

/** Open the configured database (DATABASE_URL, or the embedded one under DATA_DIR) for a CLI. */
export async function openCliDatabase(): Promise<Database> {
  const config = loadConfig();
  return openDatabase(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
}
