import {
  checkPassword,
  describePasswordProblem,
  type ChangePasswordBody,
  type SessionListResponse,
} from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { notFound, unauthenticated, validationFailed } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { storeOwnPassword } from '../users/own-password.js';
import { hashPassword, verifyPassword } from '../users/password-hash.js';
import { users } from '../users/users.schema.js';
import { deleteOtherSessions, deleteUserSessionByPublicId, listUserSessions, type AuthState } from './session.store.js';
import { policyOf, recordFailure, retryAfterSeconds, throttledError, throttleKeys } from './sign-in-throttle.js';

/** An action on your own account: you are the actor and the user acted on. */
const ownAccount = (auth: AuthState, action: string) => ({ action, entityType: 'user', entityId: auth.actor.userId });

/** Your own password, under the same policy as an admin-set one; your other sessions end. */
export async function changeOwnPassword(
  ctx: AppContext,
  auth: AuthState,
  body: ChangePasswordBody,
  meta: RequestMeta,
): Promise<void> {
  const { db } = ctx.database;
  const [user] = await db.select().from(users).where(eq(users.id, auth.actor.userId));
  if (!user) throw unauthenticated();
  // Guesses at the current password (from a session left open) are slowed like sign-in failures.
  const emailKey = user.email.toLowerCase();
  const keys = throttleKeys(ctx.database.sessionSecret, emailKey, meta.ip, null);
  const wait = await retryAfterSeconds(db, keys, ctx.now());
  if (wait > 0) throw throttledError(wait);
  if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
    await db.transaction(async (tx) => {
      await recordFailure(tx, keys, emailKey, ctx.now(), policyOf(ctx));
      await recordAudit(
        tx,
        auth.actor,
        { ...ownAccount(auth, 'auth.password_change'), outcome: 'failure', details: { reason: 'bad_current' } },
        meta,
      );
    });
    throw validationFailed([{ path: 'currentPassword', message: 'Your current password is not correct.' }]);
  }
  const problems = checkPassword({ password: body.newPassword, email: user.email, isCommon: ctx.isCommonPassword });
  if (body.newPassword === body.currentPassword) {
    throw validationFailed([{ path: 'newPassword', message: 'Choose a password different from the current one.' }]);
  }
  if (problems.length > 0) {
    throw validationFailed(problems.map((p) => ({ path: 'newPassword', message: describePasswordProblem(p) })));
  }
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction(async (tx) => {
    await storeOwnPassword(tx, user.id, passwordHash, ctx.now());
    await deleteOtherSessions(tx, user.id, auth.sessionId);
    await recordAudit(
      tx,
      auth.actor,
      { ...ownAccount(auth, 'auth.password_change'), details: { oneTimeReplaced: user.mustChangePassword } },
      meta,
    );
  });
}

export async function listSessions(ctx: AppContext, auth: AuthState): Promise<SessionListResponse> {
  const rows = await listUserSessions(ctx.database.db, auth.actor.userId, ctx.now(), ctx.config.session);
  return {
    items: rows.map((r) => ({
      id: r.publicId,
      current: r.id === auth.sessionId,
      ip: r.ip,
      userAgent: r.userAgent,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
    })),
  };
}

/** Ends one of your sessions (on another device, or this one). */
export async function endSession(ctx: AppContext, auth: AuthState, publicId: string, meta: RequestMeta): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await deleteUserSessionByPublicId(tx, auth.actor.userId, publicId))) throw notFound('Session');
    await recordAudit(
      tx,
      auth.actor,
      { ...ownAccount(auth, 'auth.session_end'), details: { sessionId: publicId } },
      meta,
    );
  });
}
