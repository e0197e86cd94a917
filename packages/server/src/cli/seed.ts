import { loadConfig } from '../config.js';
import { runMigrations } from '../db/migrate.js';
import { sealAudit } from '../modules/audit/audit.sealer.js';
import { formatDemoLogins, seedDemo } from '../seed/demo-seed.js';
import { openCliDatabase } from './cli-database.js';

const reset = process.argv.includes('--reset');
const database = await openCliDatabase();
try {
  await runMigrations(database.pool);
  const logins = await seedDemo(database.db, loadConfig().demoPassword, reset);
  await sealAudit(database.pool);
  console.log(formatDemoLogins(logins));
} catch (err) {
  console.error(`Seeding failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
