import { nextOccurrenceDue, reminderKeys, type Actor, type CareTaskView, type ReassignTaskBody } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { organizations } from '../organizations/organizations.schema.js';
import { notify } from '../notifications/notify.js';
import { listClientCareTasks } from './client-care-tasks.js';
import { checkAssignee, lockOpenTask } from './tasks.service.js';
import { careTasks } from './tasks.schema.js';

type TaskRecord = typeof careTasks.$inferSelect;

function audit(tx: Tx, actor: Actor, action: string, task: TaskRecord, meta: RequestMeta, details = {}) {
  return recordAudit(
    tx,
    actor,
    {
      action,
      entityType: 'care_task',
      entityId: task.id,
      clientId: task.clientId ?? undefined,
      details: { kind: task.kind, ...details },
    },
    meta,
  );
}

/** The answer both endpoints always gave: the client's tasks (none for a task about no client). */
function clientTasks(tx: Tx, task: TaskRecord): Promise<CareTaskView[]> {
  return task.clientId ? listClientCareTasks(tx, task.clientId) : Promise.resolve([]);
}

/** A recurring task opens its next occurrence: same work, due one interval after this one was. */
async function openNextOccurrence(tx: Tx, actor: Actor, t: TaskRecord, now: Date, meta: RequestMeta) {
  if (!t.recurrenceDays) return;
  const [org] = await tx
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, t.organizationId));
  const { id: _id, version: _v, completedAt: _c, completedById: _b, outcome: _o, ...same } = t;
  const [next] = await tx
    .insert(careTasks)
    .values({
      ...same,
      status: 'open',
      dueAt: nextOccurrenceDue(t.dueAt, t.recurrenceDays, org?.timeZone ?? 'UTC'),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (next) await audit(tx, actor, 'care_task.create', next, meta, { recurrenceOf: t.id });
}

export function completeTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  outcome: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CareTaskView[]> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const t = await lockOpenTask(tx, actor, id, expected, now);
    await tx
      .update(careTasks)
      .set({
        status: 'completed',
        completedAt: now,
        completedById: actor.userId,
        outcome,
        updatedAt: now,
        version: t.version + 1,
      })
      .where(eq(careTasks.id, id));
    await audit(tx, actor, 'care_task.complete', t, meta);
    await openNextOccurrence(tx, actor, t, now, meta);
    return clientTasks(tx, t);
  });
}

/**
 * Hand the task to a named colleague (e.g. the clinician who will give the C-SSRS) or to a team.
 * The new owner must be able to open the chart, or the hand-off adds them to the care team; they
 * are told at once.
 */
export function reassignTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  to: ReassignTaskBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CareTaskView[]> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const t = await lockOpenTask(tx, actor, id, expected, now);
    const assignee = await checkAssignee(tx, actor, to, { clientId: t.clientId, episodeId: t.episodeId }, now, meta);
    await tx
      .update(careTasks)
      .set({ ...assignee, updatedAt: now, version: t.version + 1 })
      .where(eq(careTasks.id, id));
    await audit(tx, actor, 'care_task.assign', t, meta, {
      team: Boolean(assignee.assignedProgramId),
      addedToCareTeam: Boolean(to.addToCareTeam),
    });
    if (assignee.assignedToId && assignee.assignedToId !== actor.userId) {
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          userId: assignee.assignedToId,
          kind: 'task_assigned',
          clientId: t.clientId,
          entityType: 'care_task',
          entityId: t.id,
          params: { taskKind: t.kind },
          dedupeKey: reminderKeys.taskAssigned(t.id, t.version + 1),
          createdAt: now,
        },
      ]);
    }
    return clientTasks(tx, t);
  });
}
