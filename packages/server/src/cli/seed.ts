import { loadConfig } from '../config.js';
import { runMigrations } from '../db/migrate.js';
import { sealAudit } from '../modules/audit/audit.sealer.js';
import { DemoResetRefused } from '../seed/demo-reset-guard.js';
import { formatDemoLogins, seedDemo, writeDemoPasswordFile } from '../seed/demo-seed.js';
import { openCliDatabase } from './cli-database.js';

const reset = process.argv.includes('--reset');
// `--yes-delete-N-records`: the operator has seen how many entered records a reset deletes.
const confirmArg = process.argv.map((a) => /^--yes-delete-(\d+)-records$/.exec(a)).find(Boolean);
const confirmDeleteRecords = confirmArg ? Number(confirmArg[1]) : undefined;
const config = loadConfig();
const database = await openCliDatabase();
try {
  await runMigrations(database.pool);
  const logins = await seedDemo(database.db, config.demoPassword, reset && { confirmDeleteRecords });
  await sealAudit(database.pool);
  const file =
    config.production && logins.generated ? writeDemoPasswordFile(config.dataDir, logins.password) : undefined;
  console.log(formatDemoLogins(logins, config.production, file));
} catch (err) {
  console.error(
    err instanceof DemoResetRefused ? `Not reset. ${err.message}` : `Seeding failed: ${(err as Error).message}`,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
