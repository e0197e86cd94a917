import type { Actor, TaskKind, TaskPriority, TaskSource } from '@careloop/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { careTasks } from './tasks.schema.js';

/** A task another module's rule raises, in that module's transaction. */
export interface RuleTask {
  clientId: string;
  episodeId: string | null;
  kind: TaskKind;
  priority: TaskPriority;
  source: TaskSource;
  dueAt: Date;
  assignedToId: string | null;
  assignedProgramId: string | null;
  sourceResultId?: string | null;
  details?: string | null;
}

/**
 * Open the task unless the client already has an open one of the same kind (the rule that runs
 * again attaches to the work in hand instead of doubling it). Returns the new id, or null.
 */
export async function openRuleTask(
  tx: DbOrTx,
  actor: Actor,
  task: RuleTask,
  now: Date,
  meta: RequestMeta,
  auditDetails: Record<string, unknown> = {},
): Promise<string | null> {
  const [open] = await tx
    .select({ id: careTasks.id })
    .from(careTasks)
    .where(and(eq(careTasks.clientId, task.clientId), eq(careTasks.kind, task.kind), eq(careTasks.status, 'open')));
  if (open) return null;
  const [row] = await tx
    .insert(careTasks)
    .values({
      organizationId: actor.organizationId,
      clientId: task.clientId,
      episodeId: task.episodeId,
      kind: task.kind,
      priority: task.priority,
      source: task.source,
      dueAt: task.dueAt,
      assignedToId: task.assignedToId,
      assignedProgramId: task.assignedProgramId,
      sourceResultId: task.sourceResultId ?? null,
      details: task.details ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: careTasks.id });
  if (!row) throw new Error('task insert returned nothing');
  await recordAudit(tx, {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    actorRoles: actor.roles,
    action: 'care_task.create',
    outcome: 'success',
    entityType: 'care_task',
    entityId: row.id,
    clientId: task.clientId,
    details: { kind: task.kind, source: task.source, assignedToId: task.assignedToId, ...auditDetails },
    meta,
  });
  return row.id;
}

/**
 * Close the client's open tasks of these kinds because a result answered them (e.g. a signed
 * C-SSRS answers "give the C-SSRS"). Each closing is audited; returns what was closed.
 */
export async function completeAnsweredTasks(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  kinds: readonly TaskKind[],
  outcome: string,
  now: Date,
  meta: RequestMeta,
  answeredBy: { entityType: string; entityId: string },
): Promise<{ id: string; kind: TaskKind }[]> {
  if (kinds.length === 0) return [];
  const closed = await tx
    .update(careTasks)
    .set({
      status: 'completed',
      outcome,
      completedAt: now,
      completedById: actor.userId,
      updatedAt: now,
      version: sql`${careTasks.version} + 1`,
    })
    .where(and(eq(careTasks.clientId, clientId), eq(careTasks.status, 'open'), inArray(careTasks.kind, [...kinds])))
    .returning({ id: careTasks.id, kind: careTasks.kind });
  for (const t of closed) {
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorRoles: actor.roles,
      action: 'care_task.complete',
      outcome: 'success',
      entityType: 'care_task',
      entityId: t.id,
      clientId,
      details: { kind: t.kind, answeredBy },
      meta,
    });
  }
  return closed.map((t) => ({ id: t.id, kind: t.kind }));
}
