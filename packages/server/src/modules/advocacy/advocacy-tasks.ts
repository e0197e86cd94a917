import {
  advocacyTaskKey,
  advocacyTaskKeyPrefix,
  deadlineTaskDueAt,
  deadlineTaskWanted,
  localDate,
  type AdvocacyDeadline,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';
import type { AdvocacyCaseRow } from './advocacy-view.js';

interface TaskContext extends Record<string, unknown> {
  time_zone: string;
  episode_id: string | null;
  primary_id: string | null;
  creator_active: boolean;
}

/** The organisation's zone, the client's open episode and its primary, and whether the creator still works here. */
async function taskContext(tx: DbOrTx, c: AdvocacyCaseRow): Promise<TaskContext> {
  const res = await tx.execute<TaskContext>(sql`
    select o.time_zone, e.id as episode_id, m.user_id as primary_id, u.active as creator_active
    from organizations o
    join users u on u.id = ${c.createdById}
    left join lateral (
      select id from episodes where client_id = ${c.clientId} and stage <> 'closed' order by opened_at desc limit 1
    ) e on true
    left join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    where o.id = ${c.organizationId}
    limit 1`);
  const row = res.rows[0];
  if (!row) throw new Error('advocacy case without its organisation');
  return row;
}

export interface DeadlineTaskSync {
  raised: number;
  closed: number;
}

/**
 * Make the case's deadline tasks what its deadlines want, in the caller's transaction: a task for
 * each unmet deadline from ADVOCACY_DEADLINE_LEAD_DAYS before it, owned by whoever opened the case
 * (the client's primary case manager once they have left), keyed per case, deadline and due date
 * so a task closed by hand is not raised again; tasks whose deadline was met, moved or removed, or
 * whose case ended, are closed as answered.
 */
export async function syncDeadlineTasks(tx: DbOrTx, c: AdvocacyCaseRow, now: Date): Promise<DeadlineTaskSync> {
  const context = await taskContext(tx, c);
  const today = localDate(now, context.time_zone);
  const wanted = c.deadlines.filter((d) => deadlineTaskWanted(d, c.status, today));
  const keyOf = (d: AdvocacyDeadline) => advocacyTaskKey(c.id, d.id, d.dueDate);
  const existing = await tx.execute<{ source_key: string; status: string }>(sql`
    select source_key, status from care_tasks
    where organization_id = ${c.organizationId} and source = 'advocacy'
      and source_key like ${`${advocacyTaskKeyPrefix(c.id)}%`}`);
  const known = new Set(existing.rows.map((t) => t.source_key));
  const wantedKeys = new Set(wanted.map(keyOf));

  // Close what no longer applies, saying why.
  const metKeys = new Set(c.deadlines.filter((d) => d.met).map(keyOf));
  const stale = existing.rows
    .filter((t) => t.status === 'open' && !wantedKeys.has(t.source_key))
    .map((t) => t.source_key);
  let closed = 0;
  if (c.status !== 'open') {
    closed += await completeKeyedRuleTasks(tx, 'advocacy', stale, 'The advocacy case ended.', now);
  } else {
    const met = stale.filter((k) => metKeys.has(k));
    const gone = stale.filter((k) => !metKeys.has(k));
    closed += await completeKeyedRuleTasks(tx, 'advocacy', met, 'The deadline was met.', now);
    closed += await completeKeyedRuleTasks(tx, 'advocacy', gone, 'The deadline was moved or removed.', now);
  }

  let raised = 0;
  const ownerId = context.creator_active ? c.createdById : context.primary_id;
  for (const d of wanted) {
    const key = keyOf(d);
    if (known.has(key)) continue;
    const id = await openKeyedRuleTask(
      tx,
      {
        organizationId: c.organizationId,
        clientId: c.clientId,
        episodeId: context.episode_id ?? c.episodeId,
        kind: 'advocacy_deadline',
        priority: 'high',
        source: 'advocacy',
        sourceKey: key,
        dueAt: deadlineTaskDueAt(d.dueDate, context.time_zone),
        assignedToId: ownerId,
        details: `${d.what} (due ${d.dueDate})`,
      },
      now,
      { advocacyCaseId: c.id, deadlineId: d.id },
    );
    if (id) raised += 1;
  }
  return { raised, closed };
}
