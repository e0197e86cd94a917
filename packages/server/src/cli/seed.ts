import { loadConfig } from '../config.js';
import { prepareDatabase, withOwnerPool } from '../db/prepare.js';
import { createLogger } from '../logger.js';
import { writeAuditCheckpoints } from '../modules/audit/audit.checkpoint.js';
import { loadAuditKeyring } from '../modules/audit/audit.key.js';
import { sealAudit } from '../modules/audit/audit.sealer.js';
import { DemoResetRefused } from '../seed/demo-reset-guard.js';
import { formatDemoLogins, seedDemo, writeDemoPasswordFile } from '../seed/demo-seed.js';
import { openCliDatabase } from './cli-database.js';

const reset = process.argv.includes('--reset');
// `--yes-delete-N-records`: the operator has seen how many entered records a reset deletes.
const confirmArg = process.argv.map((a) => /^--yes-delete-(\d+)-records$/.exec(a)).find(Boolean);
const confirmDeleteRecords = confirmArg ? Number(confirmArg[1]) : undefined;
const config = loadConfig();
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const keyring = loadAuditKeyring(config, logger);
const database = await openCliDatabase();
try {
  await prepareDatabase(database, logger, false);
  // As the owner: the reset purges signed demo notes, which takes membership of careloop_purge.
  const logins = await withOwnerPool(database, (_pool, db) =>
    seedDemo(db, config.demoPassword, reset && { confirmDeleteRecords }),
  );
  await sealAudit(database.pool, keyring);
  await writeAuditCheckpoints(database.pool, keyring, config.audit.checkpointDir);
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
