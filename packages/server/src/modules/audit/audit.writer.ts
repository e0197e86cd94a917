import type { AuditOutcome, Role } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { auditEvents } from './audit.schema.js';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuditEntry {
  organizationId: string | null;
  actorUserId: string | null;
  actorRoles?: readonly Role[];
  action: string;
  outcome: AuditOutcome;
  entityType?: string;
  entityId?: string;
  clientId?: string;
  /** The clients a list or search showed: ids in a column, so "who saw this client" finds them. */
  clientIds?: readonly string[];
  purpose?: string;
  /** Ids and codes only: never client data. */
  details?: Record<string, unknown>;
  meta: RequestMeta;
}

/** Insert an audit row inside the caller's transaction; the sealer chains it moments later. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: entry.organizationId,
    actorUserId: entry.actorUserId,
    actorRoles: [...(entry.actorRoles ?? [])],
    action: entry.action,
    outcome: entry.outcome,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    clientId: entry.clientId ?? null,
    clientIds: entry.clientIds ? [...entry.clientIds] : null,
    purpose: entry.purpose ?? null,
    ip: entry.meta.ip,
    userAgent: entry.meta.userAgent?.slice(0, 300) ?? null,
    requestId: entry.meta.requestId,
    details: entry.details ?? {},
  });
}
