import { SAFETY_TASK_KINDS, type FlagKind, type SafetyView, type TaskKind } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { EpisodeFollowUp } from '../engagement/follow-up.js';
import type { SupervisedCase } from './follow-up-lists.js';

/*
 * The safety section reads by the ids of the supervised open cases the dashboard has already
 * fetched (one simple indexed query per list, cheap to plan), and names each row from those cases.
 */

const uuids = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;

type Person = Pick<
  SafetyView['openSuicideFlags'][number],
  'clientId' | 'mrn' | 'name' | 'programName' | 'primaryCaseManagerName'
>;

const person = (c: SupervisedCase): Person => ({
  clientId: c.client_id,
  mrn: c.mrn,
  name: `${c.last_name}, ${c.first_name}`,
  programName: c.program_name,
  primaryCaseManagerName: c.primary_name,
});

/** A client's first supervised case (cases come ordered by name; one per program at most). */
function byClient(cases: readonly SupervisedCase[]): Map<string, SupervisedCase> {
  const map = new Map<string, SupervisedCase>();
  for (const c of cases) if (!map.has(c.client_id)) map.set(c.client_id, c);
  return map;
}

async function openFlags(db: DbOrTx, clients: ReadonlyMap<string, SupervisedCase>) {
  const res = await db.execute<{
    id: string;
    client_id: string;
    kind: FlagKind;
    raised_at: Date;
    last_raised_at: Date;
  }>(sql`
    select id, client_id, kind, raised_at, last_raised_at from client_flags
    where status = 'open' and kind in ('suicide_risk', 'safety_precautions')
      and client_id = any(${uuids([...clients.keys()])})
    order by last_raised_at desc`);
  return res.rows.flatMap((r) => {
    const c = clients.get(r.client_id);
    return c
      ? [
          {
            ...person(c),
            flagId: r.id,
            kind: r.kind,
            raisedAt: new Date(r.raised_at).toISOString(),
            lastRaisedAt: new Date(r.last_raised_at).toISOString(),
          },
        ]
      : [];
  });
}

async function openSafetyTasks(db: DbOrTx, clients: ReadonlyMap<string, SupervisedCase>, now: Date) {
  const res = await db.execute<{
    id: string;
    client_id: string;
    kind: TaskKind;
    due_at: Date;
    assigned_to_id: string | null;
    assigned_name: string | null;
  }>(sql`
    select t.id, t.client_id, t.kind, t.due_at, t.assigned_to_id, u.name as assigned_name
    from care_tasks t left join users u on u.id = t.assigned_to_id
    where t.status = 'open' and t.client_id = any(${uuids([...clients.keys()])})
      and t.kind = any(${sql.param([...SAFETY_TASK_KINDS])}::text[])
      and (t.due_at < ${now} or t.assigned_to_id is null)
    order by t.due_at`);
  return res.rows.flatMap((r) => {
    const c = clients.get(r.client_id);
    const dueAt = new Date(r.due_at);
    return c
      ? [
          {
            ...person(c),
            taskId: r.id,
            kind: r.kind,
            dueAt: dueAt.toISOString(),
            overdue: dueAt.getTime() < now.getTime(),
            assignedToId: r.assigned_to_id,
            assignedToName: r.assigned_name,
          },
        ]
      : [];
  });
}

async function awaitingSignOff(db: DbOrTx, cases: readonly SupervisedCase[]) {
  const byEpisode = new Map(cases.map((c) => [c.episode_id, c]));
  const res = await db.execute<{
    id: string;
    closure_requested_at: Date;
    requested_name: string | null;
    closure_request_summary: string | null;
    version: number;
  }>(sql`
    select e.id, e.closure_requested_at, u.name as requested_name, e.closure_request_summary, e.version
    from episodes e left join users u on u.id = e.closure_requested_by_id
    where e.id = any(${uuids([...byEpisode.keys()])}) and e.closure_requested_at is not null
    order by e.closure_requested_at`);
  return res.rows.flatMap((r) => {
    const c = byEpisode.get(r.id);
    return c
      ? [
          {
            ...person(c),
            episodeId: r.id,
            requestedAt: new Date(r.closure_requested_at).toISOString(),
            requestedByName: r.requested_name,
            summary: r.closure_request_summary,
            version: r.version,
          },
        ]
      : [];
  });
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
      ...person(c),
      episodeId: c.episode_id,
      tier,
      nextContactDueAt: next.dueAt.toISOString(),
      daysOverdue: next.overdueDays,
    }));
}

/** The safety section of the supervisor's dashboard, for the open cases of the programs supervised. */
export async function safetyView(
  db: DbOrTx,
  cases: readonly SupervisedCase[],
  followUps: ReadonlyMap<string, EpisodeFollowUp>,
  now: Date,
): Promise<SafetyView> {
  if (cases.length === 0) {
    return {
      openSuicideFlags: [],
      overdueSafetyTasks: [],
      unownedSafetyTasks: [],
      highRiskPastContact: [],
      lostContactAwaitingSignOff: [],
    };
  }
  const clients = byClient(cases);
  const tasks = await openSafetyTasks(db, clients, now);
  return {
    openSuicideFlags: await openFlags(db, clients),
    overdueSafetyTasks: tasks.filter((t) => t.overdue),
    unownedSafetyTasks: tasks.filter((t) => t.assignedToId === null),
    highRiskPastContact: highRiskPastContact(cases, followUps),
    lostContactAwaitingSignOff: await awaitingSignOff(db, cases),
  };
}
