import type { Db, Tx } from '../../db/database.js';
import { recordAudit, type AuditActor, type AuditTarget, type RequestMeta } from './audit.writer.js';

/**
 * A read of client data and its audit row in one transaction: nothing is shown unless the row
 * saying who saw it is written. Called by the modules' read services, never by route handlers.
 */
export function auditedRead<T>(
  db: Db,
  actor: AuditActor,
  meta: RequestMeta,
  read: (tx: Tx) => Promise<T>,
  target: (result: T) => AuditTarget,
): Promise<T> {
  return db.transaction(async (tx) => {
    const result = await read(tx);
    await recordAudit(tx, actor, target(result), meta);
    return result;
  });
}
