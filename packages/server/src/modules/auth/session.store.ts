import {
  signInRestriction,
  type Actor,
  type Discipline,
  type SessionState,
  type SignInRestriction,
} from '@careloop/core';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { organizations } from '../organizations/organizations.schema.js';
import { users } from '../users/users.schema.js';
import { mfaTotp, sessions } from './auth.schema.js';

export interface AuthState {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
  user: { id: string; email: string; name: string; discipline: Discipline | null };
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  /** Until cleared, only the routes that clear it (and session/me/logout) answer. */
  restriction: SignInRestriction | null;
  mfaEnabled: boolean;
}

/** A session whose password step passed and which waits for the second factor. */
export interface PendingMfa {
  sessionId: string;
  csrfToken: string;
  userId: string;
  organizationId: string;
  mfaAttempts: number;
}

/** How long the second step may take after the password. */
export const MFA_PENDING_SECONDS = 10 * 60;

export interface SessionTimeouts {
  idleSeconds: number;
  absoluteSeconds: number;
}

// Refresh last_seen_at at most this often: one write per minute, not per request.
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  db: DbOrTx,
  input: {
    id: string;
    userId: string;
    organizationId: string;
    csrfToken: string;
    ip: string | null;
    userAgent: string | null;
    state?: SessionState;
  },
  now: Date,
  timeouts: SessionTimeouts,
): Promise<{ idleExpiresAt: Date; absoluteExpiresAt: Date }> {
  const seconds = input.state === 'mfa_pending' ? MFA_PENDING_SECONDS : timeouts.absoluteSeconds;
  const absoluteExpiresAt = new Date(now.getTime() + seconds * 1000);
  await db.insert(sessions).values({
    ...input,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt,
  });
  return { idleExpiresAt: new Date(now.getTime() + timeouts.idleSeconds * 1000), absoluteExpiresAt };
}

/** Resolves a live session (not idle-expired, not past its absolute limit, user active). */
export async function loadSession(
  db: DbOrTx,
  id: string,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<AuthState | null> {
  const rows = await db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      state: sessions.state,
      userId: users.id,
      organizationId: users.organizationId,
      email: users.email,
      name: users.name,
      roles: users.roles,
      discipline: users.discipline,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
      mfaRequiredRoles: organizations.mfaRequiredRoles,
      mfaEnabledAt: mfaTotp.enabledAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(mfaTotp, eq(mfaTotp.userId, users.id))
    .where(eq(sessions.id, id))
    .limit(1);
  const row = rows[0];
  if (!row || !row.active || row.state !== 'active') return null;
  const idleLimit = row.lastSeenAt.getTime() + timeouts.idleSeconds * 1000;
  if (now.getTime() >= idleLimit || now.getTime() >= row.absoluteExpiresAt.getTime()) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  let lastSeen = row.lastSeenAt;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    lastSeen = now;
  }
  const idle = Math.min(lastSeen.getTime() + timeouts.idleSeconds * 1000, row.absoluteExpiresAt.getTime());
  const roles = row.roles;
  const mfaEnabled = row.mfaEnabledAt !== null;
  return {
    sessionId: row.id,
    csrfToken: row.csrfToken,
    actor: { userId: row.userId, organizationId: row.organizationId, roles: row.roles },
    user: { id: row.userId, email: row.email, name: row.name, discipline: row.discipline },
    idleExpiresAt: new Date(idle),
    absoluteExpiresAt: row.absoluteExpiresAt,
    restriction: signInRestriction({
      mustChangePassword: row.mustChangePassword,
      roles,
      mfaRequiredRoles: row.mfaRequiredRoles,
      mfaEnabled,
    }),
    mfaEnabled,
  };
}

/** The session waiting for its second factor, if this is one and it has not run out. */
export async function loadPendingMfa(db: DbOrTx, id: string, now: Date): Promise<PendingMfa | null> {
  const [row] = await db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      userId: sessions.userId,
      organizationId: sessions.organizationId,
      mfaAttempts: sessions.mfaAttempts,
      absoluteExpiresAt: sessions.absoluteExpiresAt,
      state: sessions.state,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row || row.state !== 'mfa_pending' || !row.active || row.absoluteExpiresAt <= now) return null;
  return {
    sessionId: row.id,
    csrfToken: row.csrfToken,
    userId: row.userId,
    organizationId: row.organizationId,
    mfaAttempts: row.mfaAttempts,
  };
}

export interface SessionRow {
  publicId: string;
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** A user's live, signed-in sessions, most recently used first. */
export async function listUserSessions(
  db: DbOrTx,
  userId: string,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<SessionRow[]> {
  const idleBefore = new Date(now.getTime() - timeouts.idleSeconds * 1000);
  return db
    .select({
      publicId: sessions.publicId,
      id: sessions.id,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        eq(sessions.state, 'active'),
        sql`${sessions.absoluteExpiresAt} > ${now}`,
        sql`${sessions.lastSeenAt} > ${idleBefore}`,
      ),
    )
    .orderBy(sql`${sessions.lastSeenAt} desc`);
}

/** Ends one of the user's sessions by the id their list shows; false when it is not theirs. */
export async function deleteUserSessionByPublicId(db: DbOrTx, userId: string, publicId: string): Promise<boolean> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.publicId, publicId)))
    .returning({ id: sessions.id });
  return gone.length > 0;
}

export async function deleteOtherSessions(db: DbOrTx, userId: string, keepId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepId)));
}

/** One more wrong code on a pending session; returns the new count. */
export async function countMfaAttempt(db: DbOrTx, id: string): Promise<number> {
  const [row] = await db
    .update(sessions)
    .set({ mfaAttempts: sql`${sessions.mfaAttempts} + 1` })
    .where(eq(sessions.id, id))
    .returning({ n: sessions.mfaAttempts });
  return row?.n ?? 0;
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function purgeExpiredSessions(db: DbOrTx, now: Date, timeouts: SessionTimeouts): Promise<void> {
  await db
    .delete(sessions)
    .where(
      and(
        sql`(${sessions.absoluteExpiresAt} <= ${now} or ${sessions.lastSeenAt} <= ${new Date(now.getTime() - timeouts.idleSeconds * 1000)})`,
      ),
    );
}
