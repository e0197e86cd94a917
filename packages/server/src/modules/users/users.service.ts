import {
  addedRoles,
  checkPassword,
  describePasswordProblem,
  type Actor,
  type AdminChangeView,
  type CreateUserBody,
  type UpdateUserBody,
  type UserView,
} from '@careloop/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, preconditionRequired, validationFailed, versionConflict } from '../../http/errors.js';
import { requestSelfChange } from '../admin-approvals/admin-approvals.service.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { deleteUserSessions } from '../auth/session.store.js';
import { clearSignInFailures } from '../auth/sign-in-throttle.js';
import { hashPassword } from './password-hash.js';
import { users } from './users.schema.js';

type UserRow = typeof users.$inferSelect;

export function toUserView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    roles: u.roles,
    discipline: u.discipline,
    active: u.active,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

function assertPasswordAcceptable(ctx: AppContext, password: string, email: string): void {
  const problems = checkPassword({ password, email, isCommon: ctx.isCommonPassword });
  if (problems.length > 0) {
    throw validationFailed(problems.map((p) => ({ path: 'password', message: describePasswordProblem(p) })));
  }
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const rows = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return rows[0];
}

async function loadInOrg(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<UserRow> {
  const q = db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.organizationId, actor.organizationId)))
    .limit(1);
  const rows = lock ? await q.for('update') : await q;
  const row = rows[0];
  if (!row) throw notFound('User'); // another organisation's user is indistinguishable from none
  return row;
}

export async function listUsers(ctx: AppContext, actor: Actor): Promise<UserView[]> {
  const rows = await ctx.database.db
    .select()
    .from(users)
    .where(eq(users.organizationId, actor.organizationId))
    .orderBy(asc(users.name));
  return rows.map(toUserView);
}

export async function getUser(ctx: AppContext, actor: Actor, id: string): Promise<UserView> {
  return toUserView(await loadInOrg(ctx.database.db, actor, id));
}

export async function createUser(
  ctx: AppContext,
  actor: Actor,
  input: CreateUserBody,
  meta: RequestMeta,
): Promise<UserView> {
  assertPasswordAcceptable(ctx, input.password, input.email);
  const passwordHash = await hashPassword(input.password);
  return ctx.database.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError(409, 'conflict', 'A user with this email already exists.', {
        fields: [{ path: 'email', message: 'A user with this email already exists.' }],
      });
    }
    const [row] = await tx
      .insert(users)
      .values({
        organizationId: actor.organizationId,
        email: input.email,
        name: input.name,
        roles: [...new Set(input.roles)],
        discipline: input.discipline ?? null,
        passwordHash,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(
      tx,
      actor,
      { action: 'user.create', entityType: 'user', entityId: row.id, details: { roles: row.roles } },
      meta,
    );
    return toUserView(row);
  });
}

/**
 * Edit a user. An admin raising their own roles does not raise them alone: the roles it adds wait
 * for a second admin (`pending`, the rest of the edit applies) or, with no other admin, apply and
 * alert the privacy officer (admin-approvals module).
 */
export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateUserBody,
  expectedVersion: number | undefined,
  meta: RequestMeta,
): Promise<{ user: UserView; pending: AdminChangeView | null }> {
  if (expectedVersion === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const current = await loadInOrg(tx, actor, id, true);
    if (current.version !== expectedVersion) throw versionConflict(toUserView(current));
    if (id === actor.userId) {
      // Guard against an admin locking everyone out by demoting or deactivating themself.
      if (input.active === false)
        throw validationFailed([{ path: 'active', message: 'You cannot deactivate yourself.' }]);
      if (input.roles && !input.roles.includes('admin')) {
        throw validationFailed([{ path: 'roles', message: 'You cannot remove your own admin role.' }]);
      }
    }
    let roles = input.roles ? [...new Set(input.roles)] : undefined;
    let pending: AdminChangeView | null = null;
    const raise = id === actor.userId && roles ? addedRoles(current.roles, roles) : [];
    if (raise.length > 0 && roles) {
      const change = await requestSelfChange(tx, actor, { kind: 'role_raise', roles: raise }, ctx.now(), meta);
      if (change.status === 'pending') {
        pending = change;
        roles = roles.filter((r) => !raise.includes(r)); // removals apply now, the raise waits
      }
    }
    const [row] = await tx
      .update(users)
      .set({
        ...(input.name !== undefined && { name: input.name }),
        ...(roles !== undefined && { roles }),
        ...(input.discipline !== undefined && { discipline: input.discipline }),
        ...(input.active !== undefined && { active: input.active }),
        updatedAt: ctx.now(),
        version: current.version + 1,
      })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw notFound('User');
    if (input.active === false) await deleteUserSessions(tx, id);
    const changed = Object.keys(input).filter((k) => k !== 'version');
    await recordAudit(
      tx,
      actor,
      {
        action: input.active === false ? 'user.deactivate' : input.active === true ? 'user.reactivate' : 'user.update',
        entityType: 'user',
        entityId: id,
        details: {
          changed,
          ...(input.roles && { roles: row.roles }),
          ...(pending && { pendingApprovalId: pending.id }),
        },
      },
      meta,
    );
    return { user: toUserView(row), pending };
  });
}

export async function resetPassword(
  ctx: AppContext,
  actor: Actor,
  id: string,
  password: string,
  meta: RequestMeta,
): Promise<UserView> {
  const target = await loadInOrg(ctx.database.db, actor, id);
  assertPasswordAcceptable(ctx, password, target.email);
  const passwordHash = await hashPassword(password);
  return ctx.database.db.transaction(async (tx) => {
    const current = await loadInOrg(tx, actor, id, true);
    const [row] = await tx
      .update(users)
      // One-time: the user must choose their own password at the next sign-in.
      .set({
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: ctx.now(),
        updatedAt: ctx.now(),
        version: current.version + 1,
      })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw notFound('User');
    await deleteUserSessions(tx, id); // a reset signs the user out everywhere
    await clearSignInFailures(tx, row.email); // and lifts any sign-in delay on the account
    await recordAudit(tx, actor, { action: 'user.reset_password', entityType: 'user', entityId: id }, meta);
    return toUserView(row);
  });
}
