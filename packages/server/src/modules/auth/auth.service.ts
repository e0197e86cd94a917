import { createHmac } from 'node:crypto';
import type { LoginBody, MeResponse, SignedInResponse } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { recordAudit, type AuditActor, type RequestMeta } from '../audit/audit.writer.js';
import { organizations } from '../organizations/organizations.schema.js';
import { stampLastSignIn } from '../users/last-sign-in.js';
import { burnVerifyTime, verifyPassword } from '../users/password-hash.js';
import { findUserByEmail } from '../users/users.service.js';
import type { users } from '../users/users.schema.js';
import { mfaTotp } from './auth.schema.js';
import type { DeviceEntry } from './cookies.js';
import { createSession, deleteSession, type AuthState } from './session.store.js';
import { newToken, sessionIdFor } from './session-token.js';
import { notifySignInFailures } from './sign-in-alert.js';
import {
  clearAccountFailures,
  policyOf,
  recordFailure,
  retryAfterSeconds,
  throttledError,
  throttleKeys,
  type ThrottleKey,
} from './sign-in-throttle.js';

const GENERIC_FAILURE = 'Email or password is incorrect.';

type UserRow = typeof users.$inferSelect;

/** Unknown sign-in emails are kept only as a keyed hash (they may be a mistyped name or a password). */
function auditEmailHash(emailKey: string, secret: string): string {
  return createHmac('sha256', secret).update(`audit-email:${emailKey}`).digest('hex').slice(0, 32);
}

export type LoginResult =
  | { kind: 'signed_in'; token: string; userId: string; body: SignedInResponse }
  | { kind: 'mfa_required'; token: string; body: { mfaRequired: true; csrfToken: string } };

export async function login(
  ctx: AppContext,
  input: LoginBody,
  meta: RequestMeta,
  devices: readonly DeviceEntry[],
): Promise<LoginResult> {
  const { db, sessionSecret } = ctx.database;
  const emailKey = input.email.trim().toLowerCase();
  const now = ctx.now();
  const user = await findUserByEmail(db, emailKey);
  const device = user ? devices.find((d) => d.userId === user.id) : undefined;
  const keys = throttleKeys(sessionSecret, emailKey, meta.ip, device?.nonce ?? null);
  const auditActor: AuditActor = {
    organizationId: user?.organizationId ?? null,
    userId: user?.id ?? null,
    roles: user?.roles ?? [],
  };
  const auditBase = { action: 'auth.login', entityType: 'user', entityId: user?.id };
  const who = user ? {} : { emailHash: auditEmailHash(emailKey, sessionSecret) };

  // A growing delay, answered before the password is even checked; never a lock of the account.
  const wait = await retryAfterSeconds(db, keys, now);
  if (wait > 0) {
    await recordAudit(
      db,
      auditActor,
      { ...auditBase, outcome: 'failure', details: { reason: 'throttled', device: Boolean(device), ...who } },
      meta,
    );
    throw throttledError(wait);
  }

  const ok = user && user.active ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user || !user.active) await burnVerifyTime(input.password);

  if (!ok || !user) {
    await db.transaction(async (tx) => {
      const { notify, failures } = await recordFailure(tx, keys, emailKey, now, policyOf(ctx));
      if (notify && user?.active) {
        await notifySignInFailures(tx, { organizationId: user.organizationId, userId: user.id }, now);
      }
      await recordAudit(
        tx,
        auditActor,
        {
          ...auditBase,
          outcome: 'failure',
          details: {
            reason: !user ? 'unknown_account' : !user.active ? 'inactive_account' : 'bad_password',
            failures,
            device: Boolean(device),
            ...who,
          },
        },
        meta,
      );
    });
    throw new AppError(401, 'unauthenticated', GENERIC_FAILURE);
  }

  const [totp] = await db.select({ enabledAt: mfaTotp.enabledAt }).from(mfaTotp).where(eq(mfaTotp.userId, user.id));
  if (totp?.enabledAt) {
    const token = newToken();
    const csrfToken = newToken();
    await db.transaction(async (tx) => {
      await createSession(
        tx,
        {
          id: sessionIdFor(token, sessionSecret),
          userId: user.id,
          organizationId: user.organizationId,
          csrfToken,
          ip: meta.ip,
          userAgent: meta.userAgent,
          state: 'mfa_pending',
        },
        now,
        ctx.config.session,
      );
      await recordAudit(tx, auditActor, { ...auditBase, details: { step: 'password', mfa: 'pending' } }, meta);
    });
    return { kind: 'mfa_required', token, body: { mfaRequired: true, csrfToken } };
  }

  return db.transaction(async (tx) => {
    const signedIn = await completeSignIn(ctx, tx, user, keys, meta);
    await recordAudit(tx, auditActor, auditBase, meta);
    return signedIn;
  });
}

/** The session every successful sign-in ends with (password alone, or password then MFA). */
export async function completeSignIn(
  ctx: AppContext,
  tx: DbOrTx,
  user: UserRow,
  keys: readonly ThrottleKey[],
  meta: RequestMeta,
): Promise<Extract<LoginResult, { kind: 'signed_in' }>> {
  const now = ctx.now();
  const token = newToken();
  const csrfToken = newToken();
  await clearAccountFailures(tx, keys);
  const session = await createSession(
    tx,
    {
      id: sessionIdFor(token, ctx.database.sessionSecret),
      userId: user.id,
      organizationId: user.organizationId,
      csrfToken,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
    now,
    ctx.config.session,
  );
  await stampLastSignIn(tx, user.id, now);
  return {
    kind: 'signed_in',
    token,
    userId: user.id,
    body: {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        roles: user.roles,
        discipline: user.discipline,
        organizationId: user.organizationId,
      },
      csrfToken,
      session: {
        idleExpiresAt: session.idleExpiresAt.toISOString(),
        absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
      },
    },
  };
}

export async function logout(ctx: AppContext, auth: AuthState, meta: RequestMeta): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await deleteSession(tx, auth.sessionId);
    await recordAudit(tx, auth.actor, { action: 'auth.logout', entityType: 'user', entityId: auth.actor.userId }, meta);
  });
}

export async function me(ctx: AppContext, auth: AuthState): Promise<MeResponse> {
  const [org] = await ctx.database.db
    .select()
    .from(organizations)
    .where(eq(organizations.id, auth.actor.organizationId));
  if (!org) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  return {
    id: auth.user.id,
    email: auth.user.email,
    name: auth.user.name,
    roles: [...auth.actor.roles],
    discipline: auth.user.discipline,
    organizationId: auth.actor.organizationId,
    csrfToken: auth.csrfToken,
    organization: { id: org.id, name: org.name, timeZone: org.timeZone },
    session: {
      idleExpiresAt: auth.idleExpiresAt.toISOString(),
      absoluteExpiresAt: auth.absoluteExpiresAt.toISOString(),
      idleTimeoutSeconds: ctx.config.session.idleSeconds,
    },
    requiredAction: auth.restriction,
    mfaEnabled: auth.mfaEnabled,
  };
}
