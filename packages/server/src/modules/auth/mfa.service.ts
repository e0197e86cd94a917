import { isTotpCode, type TotpEnableResponse, type TotpSetupResponse } from '@careloop/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError, unauthenticated } from '../../http/errors.js';
import { recordAudit, type AuditActor, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { mfaRecoveryCodes, mfaTotp } from './auth.schema.js';
import { completeSignIn, type LoginResult } from './auth.service.js';
import type { DeviceEntry } from './cookies.js';
import { open, seal } from './secret-box.js';
import { countMfaAttempt, deleteSession, type AuthState, type PendingMfa } from './session.store.js';
import { notifySignInFailures } from './sign-in-alert.js';
import { policyOf, recordFailure, retryAfterSeconds, throttleKeys, throttledError } from './sign-in-throttle.js';
import { matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl, recoveryCodeHash } from './totp.js';

const SEAL_PURPOSE = 'mfa-totp-secret';
/** Wrong codes a pending session may try before the password has to be entered again. */
export const MFA_MAX_ATTEMPTS = 5;

const codeInvalid = () => new AppError(400, 'mfa_code_invalid', 'That code is not valid. Check it and try again.');

/** An action on your own account: you are the actor and the user acted on. */
const ownAccount = (auth: AuthState, action: string) => ({ action, entityType: 'user', entityId: auth.actor.userId });

/** A fresh secret for the authenticator app; it counts only once `enable` confirms a code from it. */
export async function setupTotp(ctx: AppContext, auth: AuthState, meta: RequestMeta): Promise<TotpSetupResponse> {
  const secret = newTotpSecret();
  const { db, sessionSecret } = ctx.database;
  await db.transaction(async (tx) => {
    const [existing] = await tx.select().from(mfaTotp).where(eq(mfaTotp.userId, auth.actor.userId)).for('update');
    if (existing?.enabledAt) throw new AppError(409, 'conflict', 'Two-step sign-in is already on for this account.');
    const secretEnc = seal(secret, sessionSecret, SEAL_PURPOSE);
    await tx
      .insert(mfaTotp)
      .values({ userId: auth.actor.userId, secretEnc, createdAt: ctx.now() })
      .onConflictDoUpdate({ target: mfaTotp.userId, set: { secretEnc, createdAt: ctx.now(), lastUsedStep: null } });
    await recordAudit(tx, auth.actor, ownAccount(auth, 'auth.mfa_setup'), meta);
  });
  return { secret, otpauthUrl: otpauthUrl(secret, auth.user.email) };
}

/** Confirms the set-up secret with a first code; answers the recovery codes, shown this once. */
export async function enableTotp(
  ctx: AppContext,
  auth: AuthState,
  code: string,
  meta: RequestMeta,
): Promise<TotpEnableResponse> {
  const { db, sessionSecret } = ctx.database;
  const now = ctx.now();
  const recoveryCodes = newRecoveryCodes();
  const ok = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(mfaTotp).where(eq(mfaTotp.userId, auth.actor.userId)).for('update');
    if (!row) throw new AppError(409, 'conflict', 'Start the set-up first.');
    if (row.enabledAt) throw new AppError(409, 'conflict', 'Two-step sign-in is already on for this account.');
    const step = isTotpCode(code) ? matchTotp(open(row.secretEnc, sessionSecret, SEAL_PURPOSE), code, now) : null;
    if (step === null) return false;
    await tx.update(mfaTotp).set({ enabledAt: now, lastUsedStep: step }).where(eq(mfaTotp.userId, row.userId));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, row.userId));
    await tx.insert(mfaRecoveryCodes).values(
      recoveryCodes.map((c) => ({
        userId: row.userId,
        codeHash: recoveryCodeHash(c, sessionSecret),
        createdAt: now,
      })),
    );
    await recordAudit(tx, auth.actor, ownAccount(auth, 'auth.mfa_enable'), meta);
    return true;
  });
  if (!ok) {
    await recordAudit(
      db,
      auth.actor,
      { ...ownAccount(auth, 'auth.mfa_enable'), outcome: 'failure', details: { reason: 'bad_code' } },
      meta,
    );
    throw codeInvalid();
  }
  return { ok: true, recoveryCodes };
}

/**
 * The second step of sign-in: a TOTP code (±1 step, each step once) or an unused recovery code.
 * Success replaces the pending session with a new, signed-in one (new token and CSRF token).
 */
export async function verifyMfa(
  ctx: AppContext,
  pending: PendingMfa,
  code: string,
  meta: RequestMeta,
  devices: readonly DeviceEntry[],
): Promise<Extract<LoginResult, { kind: 'signed_in' }>> {
  const { db, sessionSecret } = ctx.database;
  const now = ctx.now();
  const [owner] = await db.select().from(users).where(eq(users.id, pending.userId));
  if (!owner) throw unauthenticated();
  // Wrong codes count on the same counters as wrong passwords, so guessing codes is slowed too.
  const device = devices.find((d) => d.userId === owner.id);
  const emailKey = owner.email.toLowerCase();
  const keys = throttleKeys(sessionSecret, emailKey, meta.ip, device?.nonce ?? null);
  const wait = await retryAfterSeconds(db, keys, now);
  if (wait > 0) throw throttledError(wait);

  const result = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, pending.userId));
    const [totp] = await tx.select().from(mfaTotp).where(eq(mfaTotp.userId, pending.userId)).for('update');
    if (!user || !totp?.enabledAt) throw unauthenticated();
    const auditActor: AuditActor = {
      organizationId: user.organizationId,
      userId: user.id,
      roles: user.roles,
    };
    const auditBase = { action: 'auth.mfa_verify', entityType: 'user', entityId: user.id };
    let method: 'totp' | 'recovery_code' | null = null;
    if (isTotpCode(code)) {
      const step = matchTotp(open(totp.secretEnc, sessionSecret, SEAL_PURPOSE), code, now);
      // A code is good once: a step at or before the last one accepted is a replay.
      if (step !== null && (totp.lastUsedStep === null || step > totp.lastUsedStep)) {
        await tx.update(mfaTotp).set({ lastUsedStep: step }).where(eq(mfaTotp.userId, user.id));
        method = 'totp';
      }
    } else {
      const used = await tx
        .update(mfaRecoveryCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(mfaRecoveryCodes.userId, user.id),
            eq(mfaRecoveryCodes.codeHash, recoveryCodeHash(code, sessionSecret)),
            isNull(mfaRecoveryCodes.usedAt),
          ),
        )
        .returning({ id: mfaRecoveryCodes.id });
      if (used.length > 0) method = 'recovery_code';
    }
    if (!method) return { ok: false as const, auditActor, auditBase };
    await deleteSession(tx, pending.sessionId);
    const signedIn = await completeSignIn(ctx, tx, user, keys, meta);
    const [left] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(mfaRecoveryCodes)
      .where(and(eq(mfaRecoveryCodes.userId, user.id), isNull(mfaRecoveryCodes.usedAt)));
    await recordAudit(
      tx,
      auditActor,
      { ...auditBase, details: { method, ...(method === 'recovery_code' && { recoveryCodesLeft: left?.n ?? 0 }) } },
      meta,
    );
    return { ok: true as const, signedIn };
  });
  if (result.ok) return result.signedIn;

  const attempts = await db.transaction(async (tx) => {
    const n = await countMfaAttempt(tx, pending.sessionId);
    if (n >= MFA_MAX_ATTEMPTS) await deleteSession(tx, pending.sessionId);
    const { notify } = await recordFailure(tx, keys, emailKey, now, policyOf(ctx));
    if (notify) await notifySignInFailures(tx, { organizationId: owner.organizationId, userId: owner.id }, now);
    await recordAudit(
      tx,
      result.auditActor,
      { ...result.auditBase, outcome: 'failure', details: { reason: 'bad_code', attempts: n } },
      meta,
    );
    return n;
  });
  if (attempts >= MFA_MAX_ATTEMPTS) {
    throw new AppError(401, 'unauthenticated', 'Too many wrong codes. Sign in again.');
  }
  throw codeInvalid();
}
