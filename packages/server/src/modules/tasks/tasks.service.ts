import {
  authorize,
  type Actor,
  type AddToCareTeam,
  type CreateTaskBody,
  type TaskCommentView,
  type TaskDetailView,
  type UpdateTaskBody,
} from '@careloop/core';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/database.js';
import {
  AppError,
  forbidden,
  notFound,
  preconditionRequired,
  validationFailed,
  versionConflict,
} from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { episodes } from '../episodes/episodes.schema.js';
import { addCareTeamMember } from '../episodes/care-team.service.js';
import { clientRelationships } from '../access/client-relationship.js';
import { mayManageTeam } from '../access/episode-relationship.js';
import { requireCareStaff, requireOpenProgram } from '../episodes/episodes.service.js';
import { users } from '../users/users.schema.js';
import { taskDetail } from './task-detail.js';
import { careTasks, taskComments } from './tasks.schema.js';

type TaskRecord = typeof careTasks.$inferSelect;

export interface Assignee {
  assignedToId: string | null;
  assignedProgramId: string | null;
}

/** Would this colleague be let into the client's chart by the one policy function? */
async function canOpenChart(db: DbOrTx, actor: Actor, userId: string, clientId: string, now: Date): Promise<boolean> {
  const [u] = await db
    .select({ roles: users.roles })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, actor.organizationId), eq(users.active, true)));
  if (!u) return false;
  const relationship = (await clientRelationships(db, actor.organizationId, userId, [clientId], now)).get(clientId);
  return authorize({ userId, organizationId: actor.organizationId, roles: u.roles }, 'client.read', {
    kind: 'client',
    organizationId: actor.organizationId,
    clientId,
    relationship,
  }).allowed;
}

/** The episode a hand-off adds someone to: the task's, else the client's open one (newest). */
async function handOffEpisode(
  db: DbOrTx,
  clientId: string,
  episodeId: string | null,
): Promise<{ id: string; programId: string; clientId: string } | null> {
  const [e] = await db
    .select({ id: episodes.id, programId: episodes.programId, clientId: episodes.clientId })
    .from(episodes)
    .where(
      and(
        eq(episodes.clientId, clientId),
        ne(episodes.stage, 'closed'),
        episodeId ? eq(episodes.id, episodeId) : undefined,
      ),
    )
    .orderBy(desc(episodes.openedAt))
    .limit(1);
  return e ?? null;
}

/**
 * Who gets the task: a named colleague or a program's team (checked), else its author. A task
 * about a client goes only to someone who can open the chart, or the hand-off adds them to the
 * care team with a reason (`addToCareTeam`); a team only of a program the client is in. Runs in
 * the caller's transaction because the hand-off may write a care-team membership.
 */
export async function checkAssignee(
  tx: DbOrTx,
  actor: Actor,
  to: { assignedToId?: string | null; assignedProgramId?: string | null; addToCareTeam?: AddToCareTeam },
  about: { clientId: string | null; episodeId: string | null },
  now: Date,
  meta: RequestMeta,
): Promise<Assignee> {
  if (to.assignedProgramId) {
    await requireOpenProgram(tx, actor, to.assignedProgramId, 'assignedProgramId');
    if (about.clientId) {
      const [inProgram] = await tx
        .select({ id: episodes.id })
        .from(episodes)
        .where(
          and(
            eq(episodes.clientId, about.clientId),
            eq(episodes.programId, to.assignedProgramId),
            ne(episodes.stage, 'closed'),
          ),
        );
      if (!inProgram) {
        throw validationFailed([
          { path: 'assignedProgramId', message: 'The client is not in this program: its team cannot open the chart.' },
        ]);
      }
    }
    return { assignedToId: null, assignedProgramId: to.assignedProgramId };
  }
  const userId = to.assignedToId ?? actor.userId;
  if (to.assignedToId) await requireCareStaff(tx, actor, to.assignedToId, 'assignedToId');
  if (about.clientId && userId !== actor.userId && !(await canOpenChart(tx, actor, userId, about.clientId, now))) {
    const episode = await handOffEpisode(tx, about.clientId, about.episodeId);
    if (!episode) {
      throw validationFailed([
        {
          path: 'assignedToId',
          message: 'The client has no open episode to add this person to; choose someone on the team.',
        },
      ]);
    }
    // Adding to the team is the care-team action (the primary case manager or a program
    // supervisor): only they are offered it; anyone else is told to choose someone on the team.
    if (!(await mayManageTeam(tx, actor, episode, now))) {
      if (to.addToCareTeam) {
        throw forbidden('Only the primary case manager or a supervisor of the program adds someone to the care team.');
      }
      throw validationFailed([
        {
          path: 'assignedToId',
          message:
            "This person cannot open the client's chart. Choose someone on the care team, or ask the primary case manager or a supervisor to add them.",
        },
      ]);
    }
    if (!to.addToCareTeam) {
      throw validationFailed([
        {
          path: 'addToCareTeam',
          message:
            "This person cannot open the client's chart. Add them to the care team (with a reason) to hand the task on.",
        },
      ]);
    }
    await addCareTeamMember(
      tx,
      actor,
      episode.id,
      { role: to.addToCareTeam.role, userId, reason: `Task hand-off: ${to.addToCareTeam.reason}` },
      now,
      meta,
    );
  }
  return { assignedToId: userId, assignedProgramId: null };
}

async function checkEpisode(db: DbOrTx, actor: Actor, clientId: string, episodeId: string): Promise<void> {
  const [e] = await db
    .select({ id: episodes.id })
    .from(episodes)
    .where(
      and(
        eq(episodes.id, episodeId),
        eq(episodes.clientId, clientId),
        eq(episodes.organizationId, actor.organizationId),
      ),
    );
  if (!e) throw validationFailed([{ path: 'episodeId', message: "Choose one of this client's episodes." }]);
}

function audit(tx: DbOrTx, actor: Actor, action: string, task: TaskRecord, meta: RequestMeta, details = {}) {
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

/** A hand-made task (the route has checked access to the client, if any). */
export async function createTask(
  ctx: AppContext,
  actor: Actor,
  body: CreateTaskBody,
  meta: RequestMeta,
): Promise<TaskDetailView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    if (body.clientId && body.episodeId) await checkEpisode(tx, actor, body.clientId, body.episodeId);
    const assignee = await checkAssignee(
      tx,
      actor,
      body,
      { clientId: body.clientId ?? null, episodeId: body.episodeId ?? null },
      now,
      meta,
    );
    const [task] = await tx
      .insert(careTasks)
      .values({
        organizationId: actor.organizationId,
        clientId: body.clientId ?? null,
        episodeId: body.episodeId ?? null,
        goalId: body.goalId ?? null,
        kind: 'manual',
        source: 'manual',
        title: body.title,
        details: body.details ?? null,
        priority: body.priority,
        dueAt: new Date(body.dueAt),
        ...assignee,
        recurrenceDays: body.recurrenceDays ?? null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!task) throw new Error('task insert returned nothing');
    await audit(tx, actor, 'care_task.create', task, meta, { team: Boolean(assignee.assignedProgramId) });
    return taskDetail(tx, actor, task.id, now);
  });
}

/**
 * Lock an open task at the version the client edited, or refuse: 428 without a version, 409
 * with the current task when someone changed it first, 409 `conflict` once it is closed.
 */
export async function lockOpenTask(
  tx: Tx,
  actor: Actor,
  id: string,
  expected: number | undefined,
  now: Date,
): Promise<TaskRecord> {
  if (expected === undefined) throw preconditionRequired();
  const [t] = await tx
    .select()
    .from(careTasks)
    .where(and(eq(careTasks.id, id), eq(careTasks.organizationId, actor.organizationId)))
    .for('update');
  if (!t) throw notFound('Task');
  if (t.version !== expected) throw versionConflict(await taskDetail(tx, actor, id, now));
  if (t.status !== 'open') throw new AppError(409, 'conflict', 'This task is already closed.');
  return t;
}

export function updateTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateTaskBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<TaskDetailView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const t = await lockOpenTask(tx, actor, id, expected, now);
    const set: Partial<typeof careTasks.$inferInsert> = {};
    if (body.title !== undefined) set.title = body.title;
    if (body.details !== undefined) set.details = body.details;
    if (body.dueAt !== undefined) set.dueAt = new Date(body.dueAt);
    if (body.priority !== undefined) set.priority = body.priority;
    await tx
      .update(careTasks)
      .set({ ...set, updatedAt: now, version: t.version + 1 })
      .where(eq(careTasks.id, id));
    await audit(tx, actor, 'care_task.update', t, meta, { fields: Object.keys(set) });
    return taskDetail(tx, actor, id, now);
  });
}

/** Close a task that is no longer needed; the reason is kept as its outcome. */
export function cancelTask(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<TaskDetailView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const t = await lockOpenTask(tx, actor, id, expected, now);
    await tx
      .update(careTasks)
      .set({
        status: 'cancelled',
        outcome: reason,
        completedAt: now,
        completedById: actor.userId,
        updatedAt: now,
        version: t.version + 1,
      })
      .where(eq(careTasks.id, id));
    await audit(tx, actor, 'care_task.cancel', t, meta);
    return taskDetail(tx, actor, id, now);
  });
}

/** Comments are append-only; the text never goes into the audit row. */
export function addComment(
  ctx: AppContext,
  actor: Actor,
  task: TaskRecord,
  text: string,
  meta: RequestMeta,
): Promise<TaskCommentView> {
  return ctx.database.db.transaction(async (tx) => {
    const [c] = await tx
      .insert(taskComments)
      .values({
        organizationId: actor.organizationId,
        taskId: task.id,
        authorId: actor.userId,
        text,
        createdAt: ctx.now(),
      })
      .returning();
    if (!c) throw new Error('comment insert returned nothing');
    await audit(tx, actor, 'care_task.comment', task, meta, { commentId: c.id });
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    return {
      id: c.id,
      authorId: c.authorId,
      authorName: me?.name ?? null,
      text: c.text,
      createdAt: c.createdAt.toISOString(),
    };
  });
}
