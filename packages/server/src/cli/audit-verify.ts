import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { loadAuditKeyring } from '../modules/audit/audit.key.js';
import { verifyAuditChain, type ChainReport } from '../modules/audit/audit.verify.js';
import { openCliDatabase } from './cli-database.js';

function describe(r: ChainReport): string[] {
  const org = r.organizationId ?? '(no organisation: pre-sign-in events)';
  const lines: string[] = [];
  if (r.broken) {
    lines.push(
      `BROKEN  organisation ${org}: first broken link at audit event id ${r.broken.id} ` +
        `(chain position ${r.broken.chainSeq}, ${r.broken.reason.replace(/_/g, ' ')})`,
    );
  } else {
    lines.push(`ok      organisation ${org}: ${r.sealed} sealed events verified`);
  }
  const cp = r.checkpoint;
  if (cp?.problem === 'rows_missing') {
    lines.push(
      `BROKEN  organisation ${org}: the checkpoint of ${cp.at} recorded ${cp.rows} sealed events up to position ` +
        `${cp.seq}; the database has ${r.sealed}: the newest rows were deleted`,
    );
  } else if (cp?.problem === 'hash_differs') {
    lines.push(
      `BROKEN  organisation ${org}: the event at position ${cp.seq} no longer has the hash the checkpoint of ` +
        `${cp.at} recorded: the chain was re-hashed`,
    );
  } else if (cp) {
    lines.push(`        matches the signed checkpoint of ${cp.at} (position ${cp.seq})`);
  } else if (r.sealed > 0) {
    lines.push('        no signed checkpoint yet for this organisation');
  }
  if (r.unsealed > 0)
    lines.push(`        ${r.unsealed} event(s) not yet sealed (chained moments after they are written)`);
  return lines;
}

const config = loadConfig();
const database = await openCliDatabase();
try {
  const keyring = loadAuditKeyring(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  const result = await verifyAuditChain(database.pool, keyring, config.audit.checkpointDir);
  for (const r of result.reports) for (const line of describe(r)) console.log(line);
  if (result.invalidCheckpoints > 0) {
    console.log(
      `BROKEN  ${result.invalidCheckpoints} checkpoint line(s) in ${config.audit.checkpointDir} fail their ` +
        'signature (written without this key, or altered)',
    );
  }
  if (result.reports.length === 0) console.log('The audit log is empty.');
  console.log(result.ok ? 'Audit chain intact.' : 'Audit chain verification FAILED.');
  process.exitCode = result.ok ? 0 : 1;
} catch (err) {
  console.error(`Audit verification could not run: ${(err as Error).message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
