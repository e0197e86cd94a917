import {
  CLIENT_CARE_ROLES,
  reminderKeys,
  safetyActionsFor,
  safetyTaskOwner,
  type Actor,
  type FlagKind,
  type SafetyResultInput,
  type TaskKind,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { notify, type Notice } from '../notifications/notify.js';
import { onCallStaff } from '../notifications/recipients.js';
import { flagAudience } from '../notifications/reminder-candidates.js';
import { completeAnsweredTasks, openRuleTask } from '../tasks/rule-task.service.js';
import { clientFlags } from './assessments.schema.js';

/** What the safety rules did with one result (returned to the person who gave it). */
export interface SafetyActions {
  flagsRaised: FlagKind[];
  tasksCreated: TaskKind[];
  tasksCompleted: TaskKind[];
  inSessionStep: string | null;
  inSessionUrgent: boolean;
}

export interface SafetyContext {
  clientId: string;
  resultId: string;
  /** The episode the result was given in, if the giver named one. */
  episodeId: string | null;
  now: Date;
  meta: RequestMeta;
}

interface EpisodeOwners {
  episodeId: string;
  programId: string;
  primaryCaseManagerId: string | null;
}

/** The episode the work belongs to: the one named, else the client's open one (newest first). */
async function workEpisode(tx: DbOrTx, clientId: string, named: string | null): Promise<EpisodeOwners | null> {
  const res = await tx.execute<{ episode_id: string; program_id: string; primary_id: string | null }>(sql`
    select e.id as episode_id, e.program_id, m.user_id as primary_id
    from episodes e
    left join care_team_members m
      on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    where e.client_id = ${clientId} and ${named ? sql`e.id = ${named}` : sql`e.stage <> 'closed'`}
    order by e.opened_at desc
    limit 1`);
  const r = res.rows[0];
  return r ? { episodeId: r.episode_id, programId: r.program_id, primaryCaseManagerId: r.primary_id } : null;
}

async function raiseFlag(tx: DbOrTx, actor: Actor, s: SafetyContext, kind: FlagKind): Promise<string> {
  const [row] = await tx
    .insert(clientFlags)
    .values({
      organizationId: actor.organizationId,
      clientId: s.clientId,
      kind,
      sourceResultIds: [s.resultId],
      raisedAt: s.now,
      lastRaisedAt: s.now,
    })
    .onConflictDoUpdate({
      target: [clientFlags.clientId, clientFlags.kind],
      targetWhere: sql`${clientFlags.status} = 'open'`,
      set: {
        sourceResultIds: sql`array_append(${clientFlags.sourceResultIds}, ${s.resultId}::uuid)`,
        lastRaisedAt: s.now,
        version: sql`${clientFlags.version} + 1`,
      },
    })
    .returning({ id: clientFlags.id });
  if (!row) throw new Error('flag upsert returned nothing');
  return row.id;
}

/**
 * Apply the safety rules (core `safetyActionsFor`) to one stored result, inside its transaction:
 * raise flags (an open flag of the same kind is re-raised, never duplicated) and tell the flag's
 * audience at once; open each task with an owner — the person who gave the instrument, else the
 * primary case manager, else the program's on-call clinician — linked to the episode; close the
 * tasks this result answers. Only a clinician's documented risk assessment closes a flag.
 */
export async function applySafetyRules(
  tx: DbOrTx,
  actor: Actor,
  result: SafetyResultInput,
  s: SafetyContext,
): Promise<SafetyActions> {
  const plan = safetyActionsFor(result);
  const actions: SafetyActions = {
    flagsRaised: [],
    tasksCreated: [],
    tasksCompleted: [],
    inSessionStep: plan.inSessionStep?.text ?? null,
    inSessionUrgent: plan.inSessionStep?.urgent ?? false,
  };
  const closed = await completeAnsweredTasks(
    tx,
    actor,
    s.clientId,
    plan.closes,
    'Answered by the result recorded in the chart.',
    s.now,
    s.meta,
    { entityType: 'instrument_result', entityId: s.resultId },
  );
  actions.tasksCompleted = closed.map((c) => c.kind);

  const notices: Notice[] = [];
  for (const kind of plan.flags) {
    const flagId = await raiseFlag(tx, actor, s, kind);
    actions.flagsRaised.push(kind);
    for (const userId of await flagAudience(tx, s.clientId)) {
      if (userId === actor.userId) continue; // the giver is looking at it now
      notices.push({
        organizationId: actor.organizationId,
        userId,
        kind: 'alert',
        clientId: s.clientId,
        entityType: 'client_flag',
        entityId: flagId,
        params: { flagKind: kind },
        dedupeKey: reminderKeys.alert(flagId),
        createdAt: s.now,
      });
    }
  }

  if (plan.tasks.length > 0) {
    const episode = await workEpisode(tx, s.clientId, s.episodeId);
    const owner = safetyTaskOwner({
      giverId: actor.userId,
      giverCanHold: actor.roles.some((r) => CLIENT_CARE_ROLES.includes(r)),
      primaryCaseManagerId: episode?.primaryCaseManagerId ?? null,
      onCallIds: episode ? await onCallStaff(tx, actor.organizationId, [episode.programId]) : [],
    });
    for (const rule of plan.tasks) {
      const id = await openRuleTask(
        tx,
        actor,
        {
          clientId: s.clientId,
          episodeId: episode?.episodeId ?? null,
          kind: rule.kind,
          priority: rule.priority,
          source: 'safety_rule',
          dueAt: new Date(s.now.getTime() + rule.dueInHours * 3_600_000),
          assignedToId: owner.userId,
          // Unowned only when nobody can hold it: then the program's team sees it.
          assignedProgramId: owner.userId ? null : (episode?.programId ?? null),
          sourceResultId: s.resultId,
        },
        s.now,
        s.meta,
        { ownerReason: owner.reason },
      );
      if (!id) continue;
      actions.tasksCreated.push(rule.kind);
      if (owner.userId && owner.userId !== actor.userId) {
        notices.push({
          organizationId: actor.organizationId,
          userId: owner.userId,
          kind: 'task_assigned',
          clientId: s.clientId,
          entityType: 'care_task',
          entityId: id,
          params: { taskKind: rule.kind },
          dedupeKey: reminderKeys.taskAssigned(id, 1),
          createdAt: s.now,
        });
      }
    }
  }
  await notify(tx, notices);
  return actions;
}
