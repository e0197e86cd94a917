import {
  authorize,
  isTaskOverdue,
  type Actor,
  type TaskKind,
  type TaskListItem,
  type TaskPriority,
  type TaskSource,
  type TaskStatus,
} from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { relationshipFlagsSql, relationshipOfRow, type RelationshipColumns } from '../access/client-relationship.js';

export interface TaskRow extends Record<string, unknown>, RelationshipColumns {
  id: string;
  kind: TaskKind;
  source: TaskSource;
  title: string | null;
  details: string | null;
  priority: TaskPriority;
  status: TaskStatus;
  due_at: Date;
  client_id: string | null;
  episode_id: string | null;
  goal_id: string | null;
  assigned_to_id: string | null;
  assigned_to_name: string | null;
  assigned_program_id: string | null;
  assigned_program_name: string | null;
  recurrence_days: number | null;
  created_by_id: string | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date | null;
  completed_at: Date | null;
  completed_by_name: string | null;
  outcome: string | null;
  version: number;
  mrn: string | null;
  first_name: string | null;
  last_name: string | null;
  preferred_name: string | null;
}

/**
 * Tasks with everything a list or the detail shows, in one query: the assignee, the team, and the
 * reader's relationship to the task's client (so the access check needs no second round trip).
 * Ordered as core `compareTasks`: overdue first, then by due time, then the more urgent first.
 */
export async function selectTasks(db: DbOrTx, actor: Actor, now: Date, where: SQL, limit = 500): Promise<TaskRow[]> {
  const res = await db.execute<TaskRow>(sql`
    select t.id, t.kind, t.source, t.title, t.details, t.priority, t.status, t.due_at, t.client_id, t.episode_id,
      t.goal_id, t.assigned_to_id, au.name as assigned_to_name, t.assigned_program_id, p.name as assigned_program_name,
      t.recurrence_days, t.created_by_id, cu.name as created_by_name, t.created_at, t.updated_at, t.completed_at,
      du.name as completed_by_name, t.outcome, t.version,
      c.mrn, c.first_name, c.last_name, c.preferred_name, rel.*
    from care_tasks t
    left join users au on au.id = t.assigned_to_id
    left join users cu on cu.id = t.created_by_id
    left join users du on du.id = t.completed_by_id
    left join programs p on p.id = t.assigned_program_id
    left join clients c on c.id = t.client_id
    left join lateral (
      select ${relationshipFlagsSql(actor.userId, sql`coalesce(c.merged_into_id, c.id)`, sql`c.created_by`, now)}
    ) rel on c.id is not null
    where t.organization_id = ${actor.organizationId} and ${where}
    order by (t.due_at < ${now}) desc, t.due_at asc,
      case t.priority when 'urgent' then 0 when 'high' then 1 when 'routine' then 2 else 3 end, t.created_at
    limit ${limit}`);
  return res.rows;
}

/** May the reader open this task's client? The one policy function decides, from the row's flags. */
export function clientReadable(actor: Actor, r: TaskRow): boolean {
  if (!r.client_id) return true;
  return authorize(actor, 'client.read', {
    kind: 'client',
    organizationId: actor.organizationId,
    clientId: r.client_id,
    relationship: relationshipOfRow(r),
  }).allowed;
}

function clientName(r: TaskRow): string {
  const base = `${r.last_name ?? ''}, ${r.first_name ?? ''}`;
  return r.preferred_name && r.preferred_name !== r.first_name ? `${base} (${r.preferred_name})` : base;
}

export function toListItem(r: TaskRow, now: Date, named = true): TaskListItem {
  const dueAt = new Date(r.due_at);
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    title: r.title,
    priority: r.priority,
    status: r.status,
    dueAt: dueAt.toISOString(),
    overdue: r.status === 'open' && isTaskOverdue(dueAt, now),
    clientId: r.client_id,
    client: named && r.client_id && r.mrn ? { name: clientName(r), mrn: r.mrn } : null,
    episodeId: r.episode_id,
    assignedToId: r.assigned_to_id,
    assignedToName: r.assigned_to_name,
    assignedProgramId: r.assigned_program_id,
    assignedProgramName: r.assigned_program_name,
    recurrenceDays: r.recurrence_days,
    createdAt: new Date(r.created_at).toISOString(),
    version: r.version,
  };
}
