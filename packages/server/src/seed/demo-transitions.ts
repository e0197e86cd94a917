import { addDaysToDate, localDate, transitionTaskKeys, type ChecklistEntry } from '@careloop/core';
import { addDays, subDays } from 'date-fns';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.js';
import { derivedColumns } from '../modules/clients/client-record.js';
import { nextMrn } from '../modules/clients/mrn.js';
import { clients } from '../modules/clients/clients.schema.js';
import { contacts } from '../modules/contacts/contacts.schema.js';
import { careTeamMembers, episodes, episodeStageChanges } from '../modules/episodes/episodes.schema.js';
import { openKeyedRuleTask } from '../modules/tasks/rule-task.service.js';
import { transitionPlans } from '../modules/transitions/transitions.schema.js';
import type { DemoRefs } from './demo-refs.js';

/**
 * One client mid-transition from ICM to supportive case management: the ICM episode in
 * `transition`, the receiving episode in assessment, a transition plan with three of the five
 * hand-off items checked (the accept button is held back until the rest are).
 */
export async function seedDemoTransition(tx: DbOrTx, refs: DemoRefs, now: Date): Promise<void> {
  const org = refs.organizationId;
  const cm = refs.users.case_manager;
  const firstName = 'Teodora';
  const lastName = 'Lindqvist';
  const phones = [{ type: 'mobile' as const, number: '(555) 014-2291', primary: true }];
  const openedAt = subDays(now, 210);
  const movedAt = subDays(now, 4);
  const [client] = await tx
    .insert(clients)
    .values({
      organizationId: org,
      mrn: await nextMrn(tx, org),
      firstName,
      lastName,
      dateOfBirth: '1979-05-21',
      sexAtBirth: 'female',
      phones,
      housingStatus: 'housed',
      ...derivedColumns({ firstName, lastName, phones }),
      createdBy: refs.users.intake_coordinator,
      createdAt: openedAt,
      updatedAt: openedAt,
    })
    .returning({ id: clients.id });
  if (!client) throw new Error('demo client insert failed');
  const episode = async (programId: string, stage: 'transition' | 'assessment', at: Date, previous: string | null) => {
    const [row] = await tx
      .insert(episodes)
      .values({
        organizationId: org,
        clientId: client.id,
        programId,
        stage,
        openedAt: at,
        eligibilityDecision: 'eligible',
        eligibilityReason: 'Meets serious mental illness criteria (demo).',
        previousEpisodeId: previous,
        createdById: previous ? cm : refs.users.intake_coordinator,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: episodes.id });
    if (!row) throw new Error('demo episode insert failed');
    await tx.insert(careTeamMembers).values({
      organizationId: org,
      episodeId: row.id,
      clientId: client.id,
      role: 'primary_case_manager',
      userId: cm,
      startedAt: at,
    });
    return row.id;
  };
  const sending = await episode(refs.programs.intensive, 'transition', openedAt, null);
  const receiving = await episode(refs.programs.supportive, 'assessment', movedAt, sending);
  await tx.update(episodes).set({ nextEpisodeId: receiving }).where(eq(episodes.id, sending));
  const reason = 'Stable for six months, keeping appointments: step down';
  await tx.insert(episodeStageChanges).values([
    {
      organizationId: org,
      episodeId: sending,
      fromStage: null,
      toStage: 'active',
      reason: 'Demo enrolment',
      changedAt: openedAt,
      changedById: refs.users.intake_coordinator,
    },
    {
      organizationId: org,
      episodeId: sending,
      fromStage: 'active',
      toStage: 'transition',
      reason: `Moving to Community Support: ${reason}`,
      changedAt: movedAt,
      changedById: cm,
    },
    {
      organizationId: org,
      episodeId: receiving,
      fromStage: null,
      toStage: 'assessment',
      reason: `Transferred in: ${reason}`,
      changedAt: movedAt,
      changedById: cm,
    },
  ]);
  // Both teams have seen the client lately: the joint visit was the warm hand-off.
  const visit = (episodeId: string, daysAgo: number) => {
    const at = subDays(now, daysAgo);
    return {
      organizationId: org,
      clientId: client.id,
      episodeId,
      type: 'home_visit' as const,
      outcome: 'completed' as const,
      occurredAt: at,
      durationMinutes: 45,
      services: ['coordination' as const],
      authorId: cm,
      enteredAt: at,
      updatedAt: at,
    };
  };
  await tx.insert(contacts).values([visit(sending, 9), visit(sending, 2), visit(receiving, 2)]);
  const checked = (item: ChecklistEntry['item'], daysAgo: number, note: string | null): ChecklistEntry => ({
    item,
    checkedAt: subDays(now, daysAgo).toISOString(),
    checkedById: cm,
    checkedByName: 'Casey Manager',
    note,
  });
  const today = localDate(now, refs.timeZone);
  await tx.insert(transitionPlans).values({
    organizationId: org,
    clientId: client.id,
    episodeId: sending,
    receivingEpisodeId: receiving,
    targetProgramId: refs.programs.supportive,
    reason,
    receivingTeam: 'Community Support team',
    overlapEndsOn: addDaysToDate(today, 10),
    checklist: [
      checked('records_shared', 3, null),
      checked('warm_handoff_meeting', 2, 'Joint visit at home with both case managers.'),
      checked('medications_appointments_confirmed', 1, null),
    ],
    createdById: cm,
    createdAt: movedAt,
    updatedAt: subDays(now, 1),
    version: 4,
  });
  await openKeyedRuleTask(
    tx,
    {
      organizationId: org,
      clientId: client.id,
      episodeId: sending,
      kind: 'safety_plan_review',
      priority: 'high',
      source: 'safety_plan',
      sourceKey: transitionTaskKeys.safetyPlanReview(client.id),
      dueAt: addDays(now, 3),
      assignedToId: cm,
      details: 'Review the safety plan with the client before the hand-off (transition between programs).',
    },
    movedAt,
  );
}
