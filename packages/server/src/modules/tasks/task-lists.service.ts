import type { Actor, TaskList, TaskListResponse } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { coveredUsersSql } from '../coverage/coverage-sql.js';
import { clientReadable, selectTasks, toListItem, type TaskRow } from './task-rows.js';

function whereFor(list: TaskList, actor: Actor, now: Date) {
  switch (list) {
    // Mine, and, while I cover a colleague's caseload, theirs (routed at query time, so the
    // routing ends with the coverage).
    case 'mine':
      return sql`t.status = 'open' and (t.assigned_to_id = ${actor.userId}
        or t.assigned_to_id in (${coveredUsersSql(actor.userId, now)}))`;
    // Team tasks: tasks for the team of a program whose shared team I am on or which I supervise,
    // and the safety work of that program's clients, whoever owns it (the team keeps an eye on it).
    case 'team':
      return sql`t.status = 'open' and t.id in (
        select tt.id from care_tasks tt
        join program_staff ps on ps.program_id = tt.assigned_program_id
        where tt.status = 'open' and ps.user_id = ${actor.userId} and ps.role in ('team_member', 'supervisor')
        union
        select ts.id from program_staff ps
        join episodes e on e.program_id = ps.program_id and e.stage <> 'closed'
        join care_tasks ts on ts.episode_id = e.id and ts.status = 'open' and ts.source = 'safety_rule'
        where ps.user_id = ${actor.userId} and ps.role in ('team_member', 'supervisor'))`;
  }
}

function respond(rows: TaskRow[], actor: Actor, list: TaskList | 'client', now: Date): TaskListResponse {
  // My own tasks always show (a hand-off must never make work vanish), named only where I may
  // open the chart; in other lists a task about a client the reader may not open is left out.
  const items = rows
    .filter((r) => list === 'mine' || clientReadable(actor, r))
    .map((r) => {
      const item = toListItem(r, now, clientReadable(actor, r));
      return list === 'mine' && r.assigned_to_id !== actor.userId ? { ...item, coveringFor: r.assigned_to_name } : item;
    });
  return { items, overdueCount: items.filter((i) => i.overdue).length };
}

/** "My tasks" or "Team tasks": open tasks, overdue first; reading it is audited with the clients shown. */
export function listTasks(ctx: AppContext, actor: Actor, list: TaskList, meta: RequestMeta): Promise<TaskListResponse> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const result = respond(await selectTasks(tx, actor, now, whereFor(list, actor, now)), actor, list, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'care_tasks.read',
        entityType: 'task_list',
        clientIds: [...new Set(result.items.flatMap((i) => (i.clientId ? [i.clientId] : [])))],
        details: { list, returned: result.items.length },
      },
      meta,
    );
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
    const result = respond(rows, actor, 'client', now);
    await recordAudit(
      tx,
      actor,
      { action: 'care_tasks.read', entityType: 'task_list', clientId, details: { list: 'client' } },
      meta,
    );
    return result;
  });
}
