import type { Actor, Discipline, Role } from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { users } from '../users/users.schema.js';
import { sessions } from './auth.schema.js';

export interface AuthState {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
  user: { id: string; email: string; name: string; discipline: Discipline | null };
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

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
  },
  now: Date,
  timeouts: SessionTimeouts,
): Promise<{ idleExpiresAt: Date; absoluteExpiresAt: Date }> {
  const absoluteExpiresAt = new Date(now.getTime() + timeouts.absoluteSeconds * 1000);
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
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
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
  return {
    sessionId: row.id,
    csrfToken: row.csrfToken,
    actor: { userId: row.userId, organizationId: row.organizationId, roles: row.roles as Role[] },
    user: { id: row.userId, email: row.email, name: row.name, discipline: row.discipline as Discipline | null },
    idleExpiresAt: new Date(idle),
    absoluteExpiresAt: row.absoluteExpiresAt,
  };
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
