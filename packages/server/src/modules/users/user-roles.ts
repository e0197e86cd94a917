import type { Actor, Role } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from './users.schema.js';

/**
 * Add roles to a user in the caller's transaction: a second admin approving an admin's own raise
 * (the approval module calls this). Audited as a user update naming the approval.
 */
export async function grantRoles(
  tx: DbOrTx,
  actor: Actor,
  userId: string,
  added: readonly Role[],
  now: Date,
  meta: RequestMeta,
  approvalId: string,
): Promise<void> {
  const [u] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!u || u.organizationId !== actor.organizationId) throw notFound('User');
  const roles = [...new Set([...u.roles, ...added])];
  await tx
    .update(users)
    .set({ roles, updatedAt: now, version: u.version + 1 })
    .where(eq(users.id, userId));
  await recordAudit(
    tx,
    actor,
    { action: 'user.update', entityType: 'user', entityId: userId, details: { changed: ['roles'], roles, approvalId } },
    meta,
  );
}
