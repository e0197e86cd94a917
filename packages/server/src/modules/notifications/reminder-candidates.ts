import {
  escalationRule,
  TaskPriorities,
  TaskSources,
  type EscalationRecipient,
  type TaskPriority,
  type TaskSource,
} from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/** Whom a reminder is for. Only active staff; ids only. */
interface Recipient extends Record<string, unknown> {
  user_id: string;
  client_id: string | null;
}

export interface TaskCandidate extends Recipient {
  task_id: string;
  kind: string;
  due_at: Date;
}

export interface CosignCandidate extends Recipient {
  note_id: string;
}

export interface AlertCandidate extends Recipient {
  flag_id: string;
  kind: string;
}

// The primary case manager(s) of a client's open episodes, for `client` (a column expression).
const primaryCaseManagers = (client: SQL) => sql`
  select m.user_id from care_team_members m join episodes e on e.id = m.episode_id
  where m.client_id = ${client} and m.role = 'primary_case_manager' and m.ended_at is null
    and m.user_id is not null and e.stage <> 'closed'`;

/**
 * Open tasks due before `before`, once per person to remind: the assignee; for a team task the
 * program's team (its supervisors when it has no team); for an unassigned rule task the client's
 * primary case manager.
 */
export async function dueTaskCandidates(db: DbOrTx, organizationId: string, before: Date): Promise<TaskCandidate[]> {
  const res = await db.execute<TaskCandidate>(sql`
    select distinct t.id as task_id, t.client_id, t.kind, t.due_at, r.user_id
    from care_tasks t
    cross join lateral (
      select t.assigned_to_id as user_id where t.assigned_to_id is not null
      union
      select ps.user_id from program_staff ps
      where t.assigned_to_id is null and ps.program_id = t.assigned_program_id and (ps.role = 'team_member' or (
        ps.role = 'supervisor' and not exists (
          select 1 from program_staff tm where tm.program_id = t.assigned_program_id and tm.role = 'team_member')))
      union
      select pcm.user_id from (${primaryCaseManagers(sql`t.client_id`)}) pcm
      where t.assigned_to_id is null and t.assigned_program_id is null
    ) r
    join users u on u.id = r.user_id and u.active
    where t.organization_id = ${organizationId} and t.status = 'open' and t.due_at < ${before}`);
  return res.rows;
}

/** Signed notes waiting for a co-sign, once per supervisor of the note's program (never its author). */
export async function cosignCandidates(db: DbOrTx, organizationId: string): Promise<CosignCandidate[]> {
  const res = await db.execute<CosignCandidate>(sql`
    select distinct n.id as note_id, n.client_id, ps.user_id
    from notes n
    join episodes e on e.id = n.episode_id
      or (n.episode_id is null and e.client_id = n.client_id and e.stage <> 'closed')
    join program_staff ps on ps.program_id = e.program_id and ps.role = 'supervisor'
    join users u on u.id = ps.user_id and u.active
    where n.organization_id = ${organizationId} and n.status = 'signed' and n.kind = 'progress'
      and n.cosign_required and n.cosigned_at is null and ps.user_id <> n.author_id`);
  return res.rows;
}

/**
 * Who hears of a new flag on a client: the primary case manager(s), the supervisors of the
 * client's open programs, and the clinicians on the client's care team (members, or the shared
 * team of an ACT program), for `client` (a column expression).
 */
export const flagAudienceSql = (client: SQL) => sql`
  ${primaryCaseManagers(client)}
  union
  select ps.user_id from episodes e
  join program_staff ps on ps.program_id = e.program_id and ps.role = 'supervisor'
  where e.client_id = ${client} and e.stage <> 'closed'
  union
  select m.user_id from care_team_members m
  join episodes e on e.id = m.episode_id and e.stage <> 'closed'
  join users cu on cu.id = m.user_id and 'clinician' = any(cu.roles)
  where m.client_id = ${client} and m.ended_at is null
  union
  select ps.user_id from episodes e
  join programs p on p.id = e.program_id and p.model = 'act'
  join program_staff ps on ps.program_id = e.program_id and ps.role = 'team_member'
  join users cu on cu.id = ps.user_id and 'clinician' = any(cu.roles)
  where e.client_id = ${client} and e.stage <> 'closed'`;

/** Open flags raised since `since`, once per person in the flag's audience. */
export async function alertCandidates(db: DbOrTx, organizationId: string, since: Date): Promise<AlertCandidate[]> {
  const res = await db.execute<AlertCandidate>(sql`
    select distinct f.id as flag_id, f.client_id, f.kind, r.user_id
    from client_flags f
    cross join lateral (${flagAudienceSql(sql`f.client_id`)}) r
    join users u on u.id = r.user_id and u.active
    where f.organization_id = ${organizationId} and f.status = 'open' and f.last_raised_at >= ${since}`);
  return res.rows;
}

/** The audience of one client's flags now (for the immediate alert when a flag is raised). */
export async function flagAudience(db: DbOrTx, clientId: string): Promise<string[]> {
  const res = await db.execute<{ user_id: string }>(sql`
    select distinct r.user_id from (${flagAudienceSql(sql`${clientId}::uuid`)}) r
    join users u on u.id = r.user_id and u.active
    order by r.user_id`);
  return res.rows.map((r) => r.user_id);
}

export interface EscalationCandidate extends Recipient {
  task_id: string;
  kind: string;
  source: TaskSource;
  priority: TaskPriority;
  due_at: Date;
  /** The standing that makes this person hear of it. */
  standing: EscalationRecipient;
}

/** `grace hours` of each (source, priority) as a SQL CASE built from the core rule set. */
function graceHoursSql(): SQL {
  const arms = TaskSources.flatMap((source) =>
    TaskPriorities.map((priority) => {
      const rule = escalationRule(source, priority);
      return sql`when t.source = ${source} and t.priority = ${priority} then ${rule ? rule.graceHours : null}::int`;
    }),
  );
  return sql`case ${sql.join(arms, sql` `)} end`;
}

/**
 * Late rule-raised tasks, once per supervisor or on-call clinician of the task's program (its
 * episode's, or the client's open programs' when no episode is linked) who has not yet heard of
 * it; the owner is reminded separately. Which standings hear of which task is filtered by the
 * caller with the core rule.
 */
export async function escalationCandidates(
  db: DbOrTx,
  organizationId: string,
  now: Date,
): Promise<EscalationCandidate[]> {
  const res = await db.execute<EscalationCandidate>(sql`
    select distinct t.id as task_id, t.client_id, t.kind, t.source, t.priority, t.due_at, r.user_id, r.standing
    from care_tasks t
    cross join lateral (
      select ps.user_id, ps.role as standing from episodes e
      join program_staff ps on ps.program_id = e.program_id and ps.role in ('supervisor', 'on_call')
      where e.id = t.episode_id or (t.episode_id is null and e.client_id = t.client_id and e.stage <> 'closed')
      union
      select ps.user_id, ps.role from program_staff ps
      where t.client_id is null and ps.program_id = t.assigned_program_id and ps.role = 'supervisor'
    ) r
    join users u on u.id = r.user_id and u.active
    where t.organization_id = ${organizationId} and t.status = 'open' and t.source <> 'manual'
      -- every grace is >= 0: the plain bound lets the open-by-due index find the late ones
      and t.due_at < ${now}
      and t.due_at + make_interval(hours => ${graceHoursSql()}) < ${now}
      and r.user_id is distinct from t.assigned_to_id
      and not exists (
        select 1 from notifications n where n.user_id = r.user_id and n.dedupe_key = 'escalation:' || t.id)`);
  return res.rows;
}
