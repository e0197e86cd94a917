import {
  decisionProblem,
  selfChangeRoute,
  type Actor,
  type AdminChangeStatus,
  type AdminChangeView,
  type ProgramStaffRole,
  type Role,
} from '@careloop/core';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, forbidden, notFound, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { notify } from '../notifications/notify.js';
import { insertProgramStaff } from '../programs/program-staff-insert.js';
import { programs } from '../programs/programs.schema.js';
import { grantRoles } from '../users/user-roles.js';
import { users } from '../users/users.schema.js';
import { adminChangeApprovals } from './admin-approvals.schema.js';

type Row = typeof adminChangeApprovals.$inferSelect;

/** What an admin asks for themself. */
export type SelfChange =
  | { kind: 'role_raise'; roles: readonly Role[] }
  | { kind: 'program_staffing'; programId: string; staffRole: ProgramStaffRole };

const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

async function views(db: DbOrTx, organizationId: string, where?: ReturnType<typeof eq>): Promise<AdminChangeView[]> {
  const rows = await db
    .select({ a: adminChangeApprovals, by: requester.name, decidedBy: decider.name, program: programs.name })
    .from(adminChangeApprovals)
    .innerJoin(requester, eq(requester.id, adminChangeApprovals.requestedById))
    .leftJoin(decider, eq(decider.id, adminChangeApprovals.decidedById))
    .leftJoin(programs, eq(programs.id, adminChangeApprovals.programId))
    .where(and(eq(adminChangeApprovals.organizationId, organizationId), where))
    .orderBy(desc(adminChangeApprovals.createdAt));
  return rows.map(({ a, by, decidedBy, program }) => ({
    id: a.id,
    kind: a.kind,
    status: a.status,
    requestedById: a.requestedById,
    requestedByName: by,
    roles: a.roles,
    programId: a.programId,
    programName: program,
    staffRole: a.staffRole,
    createdAt: a.createdAt.toISOString(),
    decidedById: a.decidedById,
    decidedByName: decidedBy,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    version: a.version,
  }));
}

async function viewOf(db: DbOrTx, organizationId: string, id: string): Promise<AdminChangeView> {
  const [v] = await views(db, organizationId, eq(adminChangeApprovals.id, id));
  if (!v) throw notFound('Approval');
  return v;
}

export async function listAdminChanges(
  ctx: AppContext,
  actor: Actor,
  status: 'pending' | 'all',
): Promise<AdminChangeView[]> {
  return views(
    ctx.database.db,
    actor.organizationId,
    status === 'pending' ? eq(adminChangeApprovals.status, 'pending') : undefined,
  );
}

/** Active users of the organisation holding a role, but the actor. */
async function othersWithRole(db: DbOrTx, actor: Actor, role: Role): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organizationId, actor.organizationId),
        eq(users.active, true),
        ne(users.id, actor.userId),
        sql`${role} = any(${users.roles})`,
      ),
    );
  return rows.map((r) => r.id);
}

function tell(tx: DbOrTx, actor: Actor, to: readonly string[], a: Row, status: string, now: Date) {
  return notify(
    tx,
    to.map((userId) => ({
      organizationId: actor.organizationId,
      userId,
      kind: 'admin_change' as const,
      entityType: 'admin_change' as const,
      entityId: a.id,
      params: { change: a.kind, status },
      dedupeKey: `admin_change:${a.id}:${status}`,
      createdAt: now,
    })),
  );
}

/**
 * An admin's own raise or staffing, in the caller's transaction. With another active admin it
 * waits for them (`pending`: the caller applies nothing of it); with none it applies at once
 * (`applied_alerted`: the caller applies it) and every privacy officer is told. Blocking a
 * one-admin organisation would leave nobody able to staff it; the alert keeps it visible.
 */
export async function requestSelfChange(
  tx: DbOrTx,
  actor: Actor,
  change: SelfChange,
  now: Date,
  meta: RequestMeta,
): Promise<AdminChangeView> {
  const admins = await othersWithRole(tx, actor, 'admin');
  const route = selfChangeRoute(admins.length);
  const status: AdminChangeStatus = route === 'await_second_admin' ? 'pending' : 'applied_alerted';
  const [row] = await tx
    .insert(adminChangeApprovals)
    .values({
      organizationId: actor.organizationId,
      kind: change.kind,
      status,
      requestedById: actor.userId,
      roles: change.kind === 'role_raise' ? [...change.roles] : null,
      programId: change.kind === 'program_staffing' ? change.programId : null,
      staffRole: change.kind === 'program_staffing' ? change.staffRole : null,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error('approval insert returned nothing');
  const alerted = status === 'pending' ? [] : await othersWithRole(tx, actor, 'privacy_officer');
  await recordAudit(
    tx,
    actor,
    {
      action: status === 'pending' ? 'admin_change.request' : 'admin_change.applied_alerted',
      entityType: 'admin_change',
      entityId: row.id,
      details: { kind: change.kind, ...(status !== 'pending' && { alerted }) },
    },
    meta,
  );
  await tell(
    tx,
    actor,
    status === 'pending' ? admins : alerted,
    row,
    status === 'pending' ? 'pending' : 'applied',
    now,
  );
  return viewOf(tx, actor.organizationId, row.id);
}

/** Apply an approved change: the roles it adds, or the program standing it asks for. */
async function apply(tx: DbOrTx, actor: Actor, a: Row, now: Date, meta: RequestMeta): Promise<void> {
  const kind = a.kind;
  switch (kind) {
    case 'role_raise':
      await grantRoles(tx, actor, a.requestedById, a.roles ?? [], now, meta, a.id);
      return;
    case 'program_staffing':
      if (!a.programId || !a.staffRole) throw new Error('program staffing approval without a program');
      await insertProgramStaff(tx, actor, a.programId, { userId: a.requestedById, role: a.staffRole }, meta, {
        approvalId: a.id,
      });
      return;
  }
}

/**
 * A second admin approves (and the change applies) or rejects. The requester cannot decide their
 * own: refused and audited before anything is written.
 */
export async function decideAdminChange(
  ctx: AppContext,
  actor: Actor,
  id: string,
  decision: 'approved' | 'rejected',
  expected: number,
  meta: RequestMeta,
): Promise<AdminChangeView> {
  const [peek] = await ctx.database.db
    .select()
    .from(adminChangeApprovals)
    .where(and(eq(adminChangeApprovals.id, id), eq(adminChangeApprovals.organizationId, actor.organizationId)));
  if (!peek) throw notFound('Approval');
  if (peek.requestedById === actor.userId) {
    await recordAudit(
      ctx.database.db,
      actor,
      {
        action: 'access.denied',
        outcome: 'denied',
        entityType: 'admin_change',
        entityId: id,
        details: { attempted: `admin_change.${decision}`, reason: 'own_request' },
      },
      meta,
    );
    throw forbidden('A second admin decides on your own change.');
  }
  return ctx.database.db.transaction(async (tx) => {
    const [a] = await tx.select().from(adminChangeApprovals).where(eq(adminChangeApprovals.id, id)).for('update');
    if (!a) throw notFound('Approval');
    if (a.version !== expected) throw versionConflict(await viewOf(tx, actor.organizationId, id));
    const problem = decisionProblem({ status: a.status, requestedById: a.requestedById }, actor.userId);
    if (problem === 'not_pending') throw new AppError(409, 'conflict', 'This change was already decided.');
    if (problem === 'own_request') throw forbidden('A second admin decides on your own change.');
    const now = ctx.now();
    if (decision === 'approved') await apply(tx, actor, a, now, meta);
    await tx
      .update(adminChangeApprovals)
      .set({ status: decision, decidedById: actor.userId, decidedAt: now, version: a.version + 1 })
      .where(eq(adminChangeApprovals.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action: decision === 'approved' ? 'admin_change.approve' : 'admin_change.reject',
        entityType: 'admin_change',
        entityId: id,
        details: { kind: a.kind, requestedById: a.requestedById },
      },
      meta,
    );
    await tell(tx, actor, [a.requestedById], a, decision, now);
    return viewOf(tx, actor.organizationId, id);
  });
}
