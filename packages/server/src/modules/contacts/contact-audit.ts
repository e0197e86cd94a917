import type { Actor, NoteKind } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';

/** Psychotherapy notes are audited under their own type so the privacy officer can single them out. */
export const noteEntityType = (kind: NoteKind): 'progress_note' | 'psychotherapy_note' =>
  kind === 'psychotherapy' ? 'psychotherapy_note' : 'progress_note';

export interface AuditTarget {
  action: string;
  entityType: string;
  entityId?: string;
  clientId?: string;
  /** The clients a list showed. */
  clientIds?: readonly string[];
  /** Ids and codes only. */
  details?: Record<string, unknown>;
}

/** A successful contact or note action, in the caller's transaction. */
export function auditContactAction(tx: DbOrTx, actor: Actor, target: AuditTarget, meta: RequestMeta): Promise<void> {
  return recordAudit(tx, {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    actorRoles: actor.roles,
    outcome: 'success',
    meta,
    ...target,
  });
}
