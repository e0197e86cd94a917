import { runMigrations } from '../db/migrate.js';
import { openCliDatabase } from './cli-database.js';

const database = await openCliDatabase();
try {
  await runMigrations(database.pool);
  console.log('Migrations applied.');
} catch (err) {
  console.error(`Migration failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
