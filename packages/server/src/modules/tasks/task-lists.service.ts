import type { Actor, TaskList, TaskListResponse } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { clientReadable, selectTasks, toListItem, type TaskRow } from './task-rows.js';

function whereFor(list: TaskList, actor: Actor) {
  switch (list) {
    case 'mine':
      return sql`t.status = 'open' and t.assigned_to_id = ${actor.userId}`;
    // Team tasks: programs whose shared team I am on, or which I supervise.
    case 'team':
      return sql`t.status = 'open' and t.assigned_program_id in (
        select ps.program_id from program_staff ps
        where ps.user_id = ${actor.userId} and ps.role in ('team_member', 'supervisor'))`;
  }
}

function respond(rows: TaskRow[], actor: Actor, now: Date): TaskListResponse {
  // A task about a client the reader may not open is left out, not shown without its name.
  const items = rows.filter((r) => clientReadable(actor, r)).map((r) => toListItem(r, now));
  return { items, overdueCount: items.filter((i) => i.overdue).length };
}

/** "My tasks" or "Team tasks": open tasks, overdue first; reading it is audited with the clients shown. */
export function listTasks(ctx: AppContext, actor: Actor, list: TaskList, meta: RequestMeta): Promise<TaskListResponse> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const result = respond(await selectTasks(tx, actor, now, whereFor(list, actor)), actor, now);
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorRoles: actor.roles,
      action: 'care_tasks.read',
      outcome: 'success',
      entityType: 'task_list',
      details: { list, shown: [...new Set(result.items.flatMap((i) => (i.clientId ? [i.clientId] : [])))] },
      meta,
    });
    return result;
  });
}

/** One client's open tasks, for the chart (the route has checked client.read). */
export function listClientTasks(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  meta: RequestMeta,
): Promise<TaskListResponse> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const rows = await selectTasks(tx, actor, now, sql`t.status = 'open' and t.client_id = ${clientId}`);
    const result = respond(rows, actor, now);
    await recordAudit(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      actorRoles: actor.roles,
      action: 'care_tasks.read',
      outcome: 'success',
      entityType: 'task_list',
      clientId,
      details: { list: 'client' },
      meta,
    });
    return result;
  });
}
