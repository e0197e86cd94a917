import { verifyAuditChain } from '../modules/audit/audit.verify.js';
import { openCliDatabase } from './cli-database.js';

const database = await openCliDatabase();
try {
  const reports = await verifyAuditChain(database.pool);
  let broken = 0;
  for (const r of reports) {
    const org = r.organizationId ?? '(no organisation: pre-sign-in events)';
    if (r.broken) {
      broken += 1;
      console.log(
        `BROKEN  organisation ${org}: first broken link at audit event id ${r.broken.id} ` +
          `(chain position ${r.broken.chainSeq}, ${r.broken.reason.replace(/_/g, ' ')})`,
      );
    } else {
      console.log(`ok      organisation ${org}: ${r.sealed} sealed events verified`);
    }
    if (r.unsealed > 0)
      console.log(`        ${r.unsealed} event(s) not yet sealed (chained moments after they are written)`);
  }
  if (reports.length === 0) console.log('The audit log is empty.');
  console.log(broken ? `Audit chain verification FAILED for ${broken} organisation(s).` : 'Audit chain intact.');
  process.exitCode = broken ? 1 : 0;
} catch (err) {
  console.error(`Audit verification could not run: ${(err as Error).message}`);
  process.exitCode = 2;
} finally {
  await database.close();
}
