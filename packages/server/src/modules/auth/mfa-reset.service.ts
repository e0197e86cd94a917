import type { Actor } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { forbidden, notFound } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { mfaRecoveryCodes, mfaTotp } from './auth.schema.js';
import { deleteUserSessions } from './session.store.js';

/**
 * An admin turns off another staff member's two-step sign-in (lost phone and recovery codes). The
 * user is signed out everywhere and, where the organisation requires it, enrols again at the next
 * sign-in. Never one's own: that takes a second admin, as every self-change of access does.
 */
export async function resetUserMfa(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<{ ok: true; hadMfa: boolean }> {
  if (userId === actor.userId) throw forbidden('Another admin must reset your own two-step sign-in.');
  return ctx.database.db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId)));
    if (!target) throw notFound('User');
    const removed = await tx.delete(mfaTotp).where(eq(mfaTotp.userId, userId)).returning({ id: mfaTotp.userId });
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
    await deleteUserSessions(tx, userId);
    const hadMfa = removed.length > 0;
    await recordAudit(
      tx,
      actor,
      { action: 'auth.mfa_reset', entityType: 'user', entityId: userId, details: { hadMfa } },
      meta,
    );
    return { ok: true as const, hadMfa };
  });
}
