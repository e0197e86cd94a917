import { prepareDatabase } from '../db/prepare.js';
import { createLogger } from '../logger.js';
import { openCliDatabase } from './cli-database.js';

const database = await openCliDatabase();
try {
  await prepareDatabase(database, createLogger(process.env.LOG_LEVEL ?? 'warn'), false);
  console.log('Migrations applied.');
} catch (err) {
  console.error(`Migration failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
