import type { AuditOutcome, Role } from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { auditEvents } from './audit.schema.js';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/**
 * Who an audit row names. The core `Actor` is one as it is; `systemActor` is nobody (a job, the
 * seed, the public form). A sign-in names the account it tried, known or not.
 */
export interface AuditActor {
  organizationId: string | null;
  userId: string | null;
  roles: readonly Role[];
}

export const systemActor = (organizationId: string | null): AuditActor => ({ organizationId, userId: null, roles: [] });

/** What was done to what. */
export interface AuditTarget {
  action: string;
  /** `success` unless said otherwise. */
  outcome?: AuditOutcome;
  entityType?: string;
  entityId?: string;
  clientId?: string;
  /** The clients a list or search showed: ids in a column, so "who saw this client" finds them. */
  clientIds?: readonly string[];
  purpose?: string;
  /** Ids and codes only: never client data. */
  details?: Record<string, unknown>;
}

/** Insert an audit row inside the caller's transaction; the sealer chains it moments later. */
export async function recordAudit(
  tx: DbOrTx,
  actor: AuditActor,
  target: AuditTarget,
  meta: RequestMeta,
): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    actorRoles: [...actor.roles],
    action: target.action,
    outcome: target.outcome ?? 'success',
    entityType: target.entityType ?? null,
    entityId: target.entityId ?? null,
    clientId: target.clientId ?? null,
    clientIds: target.clientIds ? [...target.clientIds] : null,
    purpose: target.purpose ?? null,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    requestId: meta.requestId,
    details: target.details ?? {},
  });
}
