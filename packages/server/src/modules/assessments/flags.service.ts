import type { Actor, CareTaskView, ClientFlagView } from '@careloop/core';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { requireCareStaff } from '../episodes/episodes.service.js';
import { clientFlags } from './assessments.schema.js';
import { careTasks } from '../tasks/tasks.schema.js';
import { listFlags, listTasks } from './flag-views.js';
import { recomputeRiskTier } from './risk-tier.service.js';

/** The client a task or flag belongs to (for the access check before touching it). */
export async function ownerOf(db: DbOrTx, actor: Actor, kind: 'task' | 'flag', id: string): Promise<string> {
  const table = kind === 'task' ? careTasks : clientFlags;
  const [r] = await db
    .select({ clientId: table.clientId })
    .from(table)
    .where(and(eq(table.id, id), eq(table.organizationId, actor.organizationId)));
  // Tasks about no client are handled by the tasks module, not here.
  if (!r?.clientId) throw notFound(kind === 'task' ? 'Task' : 'Flag');
  return r.clientId;
}

async function changeTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | undefined,
  action: string,
  meta: RequestMeta,
  set: Partial<typeof careTasks.$inferInsert>,
): Promise<CareTaskView[]> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [t] = await tx.select().from(careTasks).where(eq(careTasks.id, id)).for('update');
    if (!t?.clientId) throw notFound('Task');
    const clientId = t.clientId;
    if (t.version !== expected) throw versionConflict(null);
    if (t.status !== 'open') throw new AppError(409, 'conflict', 'This task is already done.');
    await tx
      .update(careTasks)
      .set({ ...set, version: t.version + 1 })
      .where(eq(careTasks.id, id));
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorRoles: actor.roles,
      action,
      outcome: 'success',
      entityType: 'care_task',
      entityId: id,
      clientId,
      details: { kind: t.kind },
      meta,
    });
    return listTasks(tx, clientId);
  });
}

export function completeTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  outcome: string,
  expected: number | undefined,
  meta: RequestMeta,
) {
  return changeTask(ctx, actor, id, expected, 'care_task.complete', meta, {
    status: 'done',
    completedAt: ctx.now(),
    completedById: actor.userId,
    outcome,
  });
}

/** Hand the task to a named colleague (e.g. the clinician who will give the C-SSRS). */
export async function assignTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  assignedToId: string,
  expected: number | undefined,
  meta: RequestMeta,
) {
  await requireCareStaff(ctx.database.db, actor, assignedToId, 'assignedToId');
  return changeTask(ctx, actor, id, expected, 'care_task.assign', meta, { assignedToId });
}

/** Only a clinician's documented risk assessment clears a flag (never time); the tier is recomputed. */
export async function resolveFlag(
  ctx: AppContext,
  actor: Actor,
  id: string,
  riskAssessment: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ClientFlagView[]> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [f] = await tx.select().from(clientFlags).where(eq(clientFlags.id, id)).for('update');
    if (!f) throw notFound('Flag');
    if (f.version !== expected) throw versionConflict(null);
    if (f.status !== 'open') throw new AppError(409, 'conflict', 'This flag is already resolved.');
    const now = ctx.now();
    await tx
      .update(clientFlags)
      .set({
        status: 'resolved',
        resolvedAt: now,
        resolvedById: actor.userId,
        resolution: riskAssessment,
        version: f.version + 1,
      })
      .where(eq(clientFlags.id, id));
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorRoles: actor.roles,
      action: 'client_flag.resolve',
      outcome: 'success',
      entityType: 'client_flag',
      entityId: id,
      clientId: f.clientId,
      details: { kind: f.kind },
      meta,
    });
    await recomputeRiskTier(tx, actor, f.clientId, now);
    return listFlags(tx, f.clientId);
  });
}
