import type { Actor, TaskCommentView, TaskDetailView } from '@careloop/core';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { users } from '../users/users.schema.js';
import { clientReadable, selectTasks, toListItem } from './task-rows.js';
import { taskComments } from './tasks.schema.js';

export async function listTaskComments(db: DbOrTx, taskId: string): Promise<TaskCommentView[]> {
  const rows = await db
    .select({ c: taskComments, name: users.name })
    .from(taskComments)
    .leftJoin(users, eq(users.id, taskComments.authorId))
    .where(eq(taskComments.taskId, taskId))
    .orderBy(asc(taskComments.createdAt));
  return rows.map(({ c, name }) => ({
    id: c.id,
    authorId: c.authorId,
    authorName: name,
    text: c.text,
    createdAt: c.createdAt.toISOString(),
  }));
}

/** One task with its comments (the caller has checked access). */
export async function taskDetail(db: DbOrTx, actor: Actor, taskId: string, now: Date): Promise<TaskDetailView> {
  const [r] = await selectTasks(db, actor, now, sql`t.id = ${taskId}`, 1);
  if (!r) throw notFound('Task');
  return {
    ...toListItem(r, now, clientReadable(actor, r)),
    details: r.details,
    goalId: r.goal_id,
    createdById: r.created_by_id,
    createdByName: r.created_by_name,
    updatedAt: r.updated_at ? new Date(r.updated_at).toISOString() : null,
    completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    completedByName: r.completed_by_name,
    outcome: r.outcome,
    comments: await listTaskComments(db, taskId),
  };
}
