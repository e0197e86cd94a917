import {
  answersCrisisFollowUp,
  crisisFollowUpKey,
  reminderKeys,
  SAFETY_PLAN_REVIEW_HOURS,
  safetyPlanReviewKey,
  safetyTaskOwner,
  type ContactOutcome,
  type ContactType,
} from '@careloop/core';
import { addHours, subDays } from 'date-fns';
import { and, eq, gte, lte } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { notify, type Notice } from '../notifications/notify.js';
import { onCallStaff } from '../notifications/recipients.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { crisisEvents } from './crisis.schema.js';
import type { CrisisEventRow } from './crisis-view.js';

interface EpisodeOwners extends Record<string, unknown> {
  episode_id: string;
  program_id: string;
  primary_id: string | null;
}

/** The client's open episode (newest) and its primary case manager. */
async function episodeOwners(tx: DbOrTx, clientId: string): Promise<EpisodeOwners | null> {
  const res = await tx.execute<EpisodeOwners>(sql`
    select e.id as episode_id, e.program_id, m.user_id as primary_id
    from episodes e
    left join care_team_members m
      on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    where e.client_id = ${clientId} and e.stage <> 'closed'
    order by e.opened_at desc
    limit 1`);
  return res.rows[0] ?? null;
}

export interface CrisisTasksRaised {
  followUpTaskId: string | null;
  reviewTaskId: string | null;
  ownerId: string | null;
}

/**
 * After a crisis, in its transaction: the follow-up contact task (due at the event's follow-up
 * time) and the safety-plan review (one open per client, closed by the safety module), both owned
 * by the episode's primary case manager, else the program's on-call clinician, else whoever
 * recorded the crisis (they are on the care team: the route let them write the chart). The owner
 * hears of the tasks at once when it is someone else.
 */
export async function openCrisisTasks(tx: DbOrTx, row: CrisisEventRow, now: Date): Promise<CrisisTasksRaised> {
  const episode = await episodeOwners(tx, row.clientId);
  const owner = safetyTaskOwner({
    giverId: null,
    giverCanHold: false,
    primaryCaseManagerId: episode?.primary_id ?? null,
    onCallIds: episode ? await onCallStaff(tx, row.organizationId, [episode.program_id]) : [],
  });
  const ownerId = owner.userId ?? row.recordedById;
  const base = {
    organizationId: row.organizationId,
    clientId: row.clientId,
    episodeId: episode?.episode_id ?? row.episodeId,
    assignedToId: ownerId,
  };
  const followUpTaskId = await openKeyedRuleTask(
    tx,
    {
      ...base,
      kind: 'crisis_follow_up',
      priority: 'urgent',
      source: 'crisis',
      sourceKey: crisisFollowUpKey(row.id),
      dueAt: row.followUpDueAt,
      details: 'Follow-up contact with the client after a crisis.',
    },
    now,
    { crisisEventId: row.id, ownerReason: owner.userId ? owner.reason : 'recorder' },
  );
  const reviewTaskId = await openKeyedRuleTask(
    tx,
    {
      ...base,
      kind: 'safety_plan_review',
      priority: 'high',
      source: 'safety_plan',
      sourceKey: safetyPlanReviewKey(row.clientId),
      dueAt: addHours(now, SAFETY_PLAN_REVIEW_HOURS),
      details: 'Review the safety plan with the client after a crisis.',
    },
    now,
    { crisisEventId: row.id, ownerReason: owner.userId ? owner.reason : 'recorder' },
  );
  if (ownerId !== row.recordedById) {
    const notices: Notice[] = [];
    for (const [id, kind] of [
      [followUpTaskId, 'crisis_follow_up'],
      [reviewTaskId, 'safety_plan_review'],
    ] as const) {
      if (!id) continue;
      notices.push({
        organizationId: row.organizationId,
        userId: ownerId,
        kind: 'task_assigned',
        clientId: row.clientId,
        entityType: 'care_task',
        entityId: id,
        params: { taskKind: kind },
        dedupeKey: reminderKeys.taskAssigned(id, 1),
        createdAt: now,
      });
    }
    await notify(tx, notices);
  }
  return { followUpTaskId, reviewTaskId, ownerId };
}

/** How far back a contact looks for crisis follow-ups to answer (older ones are long overdue and handled). */
const FOLLOW_UP_LOOKBACK_DAYS = 30;

/**
 * A contact was logged: close the follow-up tasks of the client's crises it answers (a completed
 * contact with the client at or after the crisis), in the contact's transaction. Returns how many.
 */
export async function closeCrisisFollowUps(
  tx: DbOrTx,
  contact: { clientId: string; type: ContactType; outcome: ContactOutcome; occurredAt: Date },
  now: Date,
): Promise<number> {
  const events = await tx
    .select({ id: crisisEvents.id, occurredAt: crisisEvents.occurredAt })
    .from(crisisEvents)
    .where(
      and(
        eq(crisisEvents.clientId, contact.clientId),
        lte(crisisEvents.occurredAt, contact.occurredAt),
        gte(crisisEvents.occurredAt, subDays(contact.occurredAt, FOLLOW_UP_LOOKBACK_DAYS)),
      ),
    );
  const keys = events.filter((e) => answersCrisisFollowUp(contact, e.occurredAt)).map((e) => crisisFollowUpKey(e.id));
  return completeKeyedRuleTasks(tx, 'crisis', keys, 'Answered by a contact with the client after the crisis.', now);
}
