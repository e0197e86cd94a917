import { SAFETY_TASK_KINDS, type FlagKind, type SafetyView, type TaskKind } from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { EpisodeFollowUp } from '../engagement/follow-up.js';
import type { SupervisedCase } from './follow-up-lists.js';

const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;

/** The client's open episode in one of the supervised programs: its program and primary case manager. */
const supervisedEpisodeOf = (client: SQL, programIds: readonly string[]) => sql`
  select e.id as episode_id, p.name as program_name, u.name as primary_name
  from episodes e
  join programs p on p.id = e.program_id
  left join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
  left join users u on u.id = m.user_id
  where e.client_id = ${client} and e.stage <> 'closed' and e.program_id = any(${uuids(programIds)})
  order by e.opened_at desc
  limit 1`;

interface PersonRow extends Record<string, unknown> {
  client_id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  program_name: string | null;
  primary_name: string | null;
}

const person = (r: PersonRow) => ({
  clientId: r.client_id,
  mrn: r.mrn,
  name: `${r.last_name}, ${r.first_name}`,
  programName: r.program_name,
  primaryCaseManagerName: r.primary_name,
});

async function openFlags(db: DbOrTx, organizationId: string, programIds: readonly string[]) {
  const res = await db.execute<
    PersonRow & { flag_id: string; kind: string; raised_at: Date; last_raised_at: Date }
  >(sql`
    select f.id as flag_id, f.kind, f.raised_at, f.last_raised_at,
      c.id as client_id, c.mrn, c.first_name, c.last_name, ep.program_name, ep.primary_name
    from client_flags f
    join clients c on c.id = f.client_id
    join lateral (${supervisedEpisodeOf(sql`f.client_id`, programIds)}) ep on true
    where f.organization_id = ${organizationId} and f.status = 'open'
      and f.kind in ('suicide_risk', 'safety_precautions')
    order by f.last_raised_at desc`);
  return res.rows.map((r) => ({
    ...person(r),
    flagId: r.flag_id,
    kind: r.kind as FlagKind,
    raisedAt: new Date(r.raised_at).toISOString(),
    lastRaisedAt: new Date(r.last_raised_at).toISOString(),
  }));
}

async function openSafetyTasks(db: DbOrTx, organizationId: string, programIds: readonly string[], now: Date) {
  const res = await db.execute<
    PersonRow & {
      task_id: string;
      kind: string;
      due_at: Date;
      assigned_to_id: string | null;
      assigned_name: string | null;
    }
  >(sql`
    select t.id as task_id, t.kind, t.due_at, t.assigned_to_id, au.name as assigned_name,
      c.id as client_id, c.mrn, c.first_name, c.last_name, ep.program_name, ep.primary_name
    from care_tasks t
    join clients c on c.id = t.client_id
    left join users au on au.id = t.assigned_to_id
    join lateral (${supervisedEpisodeOf(sql`t.client_id`, programIds)}) ep on true
    where t.organization_id = ${organizationId} and t.status = 'open'
      and t.kind = any(${sql.param([...SAFETY_TASK_KINDS])}::text[])
      and (t.due_at < ${now} or t.assigned_to_id is null)
    order by t.due_at`);
  return res.rows.map((r) => ({
    ...person(r),
    taskId: r.task_id,
    kind: r.kind as TaskKind,
    dueAt: new Date(r.due_at).toISOString(),
    overdue: new Date(r.due_at).getTime() < now.getTime(),
    assignedToId: r.assigned_to_id,
    assignedToName: r.assigned_name,
  }));
}

async function awaitingSignOff(db: DbOrTx, programIds: readonly string[]) {
  const res = await db.execute<
    PersonRow & {
      episode_id: string;
      closure_requested_at: Date;
      requested_name: string | null;
      closure_request_summary: string | null;
      version: number;
    }
  >(sql`
    select e.id as episode_id, e.closure_requested_at, ru.name as requested_name, e.closure_request_summary,
      e.version, c.id as client_id, c.mrn, c.first_name, c.last_name, p.name as program_name, u.name as primary_name
    from episodes e
    join clients c on c.id = e.client_id
    join programs p on p.id = e.program_id
    left join users ru on ru.id = e.closure_requested_by_id
    left join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    left join users u on u.id = m.user_id
    where e.program_id = any(${uuids(programIds)}) and e.stage <> 'closed' and e.closure_requested_at is not null
    order by e.closure_requested_at`);
  return res.rows.map((r) => ({
    ...person(r),
    episodeId: r.episode_id,
    requestedAt: new Date(r.closure_requested_at).toISOString(),
    requestedByName: r.requested_name,
    summary: r.closure_request_summary,
    version: r.version,
  }));
}

function highRiskPastContact(cases: readonly SupervisedCase[], followUps: ReadonlyMap<string, EpisodeFollowUp>) {
  return cases
    .flatMap((c) => {
      const f = followUps.get(c.episode_id);
      const tier = f?.facts.riskTier;
      const next = f?.followUp.next;
      return next && (tier === 'high' || tier === 'imminent') && next.overdueDays > 0 ? [{ c, tier, next }] : [];
    })
    .sort((a, b) => b.next.overdueDays - a.next.overdueDays)
    .map(({ c, tier, next }) => ({
      clientId: c.client_id,
      mrn: c.mrn,
      name: `${c.last_name}, ${c.first_name}`,
      programName: c.program_name,
      primaryCaseManagerName: c.primary_name,
      episodeId: c.episode_id,
      tier,
      nextContactDueAt: next.dueAt.toISOString(),
      daysOverdue: next.overdueDays,
    }));
}

/** The safety section of the supervisor's dashboard for the programs they supervise. */
export async function safetyView(
  db: DbOrTx,
  organizationId: string,
  programIds: readonly string[],
  cases: readonly SupervisedCase[],
  followUps: ReadonlyMap<string, EpisodeFollowUp>,
  now: Date,
): Promise<SafetyView> {
  if (programIds.length === 0) {
    return {
      openSuicideFlags: [],
      overdueSafetyTasks: [],
      unownedSafetyTasks: [],
      highRiskPastContact: [],
      lostContactAwaitingSignOff: [],
    };
  }
  const tasks = await openSafetyTasks(db, organizationId, programIds, now);
  return {
    openSuicideFlags: await openFlags(db, organizationId, programIds),
    overdueSafetyTasks: tasks.filter((t) => t.overdue),
    unownedSafetyTasks: tasks.filter((t) => t.assignedToId === null),
    highRiskPastContact: highRiskPastContact(cases, followUps),
    lostContactAwaitingSignOff: await awaitingSignOff(db, programIds),
  };
}
