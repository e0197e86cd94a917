import type { LoginBody, LoginResponse, MeResponse, Role, Discipline } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { organizations } from '../organizations/organizations.schema.js';
import { burnVerifyTime, verifyPassword } from '../users/password-hash.js';
import { findUserByEmail } from '../users/users.service.js';
import { users } from '../users/users.schema.js';
import { loginThrottle } from './auth.schema.js';
import { createSession, deleteSession, type AuthState } from './session.store.js';
import { newToken, sessionIdFor } from './session-token.js';

const GENERIC_FAILURE = 'Email or password is incorrect.';

function lockedError(lockedUntil: Date, now: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfter / 60);
  return new AppError(
    423,
    'account_locked',
    `Too many failed sign-in attempts. This account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; try again later or ask an administrator to reset your password.`,
    { retryAfterSeconds: retryAfter },
    { 'retry-after': String(retryAfter) },
  );
}

export interface LoginResult {
  token: string;
  body: LoginResponse;
}

export async function login(ctx: AppContext, input: LoginBody, meta: RequestMeta): Promise<LoginResult> {
  const { db } = ctx.database;
  const emailKey = input.email.trim().toLowerCase();
  const now = ctx.now();
  const [throttle] = await db.select().from(loginThrottle).where(eq(loginThrottle.emailKey, emailKey));
  const user = await findUserByEmail(db, emailKey);
  const auditBase = {
    organizationId: user?.organizationId ?? null,
    actorUserId: user?.id ?? null,
    actorRoles: (user?.roles ?? []) as Role[],
    action: 'auth.login',
    entityType: 'user',
    meta,
  };

  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    await recordAudit(db, { ...auditBase, outcome: 'failure', details: { reason: 'locked', email: emailKey } });
    throw lockedError(throttle.lockedUntil, now);
  }

  const ok = user && user.active ? await verifyPassword(user.passwordHash, input.password) : false;
  if (!user || !user.active) await burnVerifyTime(input.password);

  if (!ok || !user) {
    const lockedUntil = await db.transaction(async (tx) => {
      await tx.insert(loginThrottle).values({ emailKey }).onConflictDoNothing();
      const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.emailKey, emailKey)).for('update');
      // A lock that has run out starts a fresh count.
      const expired = row?.lockedUntil != null && row.lockedUntil <= now;
      const failures = (expired ? 0 : (row?.failures ?? 0)) + 1;
      const lock = failures >= ctx.config.lockout.threshold;
      const until = lock ? new Date(now.getTime() + ctx.config.lockout.minutes * 60_000) : null;
      await tx
        .update(loginThrottle)
        .set({ failures: lock ? 0 : failures, lockedUntil: until, updatedAt: now })
        .where(eq(loginThrottle.emailKey, emailKey));
      await recordAudit(tx, {
        ...auditBase,
        outcome: 'failure',
        entityId: user?.id,
        details: {
          reason: !user ? 'unknown_account' : !user.active ? 'inactive_account' : 'bad_password',
          email: emailKey,
          failures,
          locked: lock,
        },
      });
      return until;
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
    throw new AppError(401, 'unauthenticated', GENERIC_FAILURE);
  }

  const token = newToken();
  const csrfToken = newToken();
  const session = await db.transaction(async (tx) => {
    await tx.delete(loginThrottle).where(eq(loginThrottle.emailKey, emailKey));
    const times = await createSession(
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
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
    await recordAudit(tx, { ...auditBase, outcome: 'success', entityId: user.id });
    return times;
  });
  return {
    token,
    body: {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        roles: user.roles as Role[],
        discipline: user.discipline as Discipline | null,
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
    await recordAudit(tx, {
      organizationId: auth.actor.organizationId,
      actorUserId: auth.actor.userId,
      actorRoles: auth.actor.roles,
      action: 'auth.logout',
      outcome: 'success',
      entityType: 'user',
      entityId: auth.actor.userId,
      meta,
    });
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
  };
}
