import type { Actor, FlagKind, InstrumentFlag, TaskKind } from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { clientFlags } from './assessments.schema.js';
import { careTasks } from '../tasks/tasks.schema.js';

/** What the safety rules did with one result (returned to the person who gave it). */
export interface SafetyActions {
  flagsRaised: FlagKind[];
  tasksCreated: TaskKind[];
  inSessionStep: string | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface TaskRule {
  kind: TaskKind;
  priority: 'urgent' | 'routine';
  dueInMs: number;
}

// Each instrument flag -> the alert it raises on the client and the work it creates for the team.
const FLAG_RULES: Partial<Record<InstrumentFlag, { flag?: FlagKind; tasks: TaskRule[] }>> = {
  suicide_risk_followup: {
    flag: 'suicide_risk',
    // Give the C-SSRS now, or hand off to a named clinician within 2 hours.
    tasks: [{ kind: 'cssrs_screen', priority: 'urgent', dueInMs: 2 * HOUR }],
  },
  safety_precautions: {
    flag: 'safety_precautions',
    tasks: [{ kind: 'urgent_bh_evaluation', priority: 'urgent', dueInMs: 2 * HOUR }],
  },
  safety_plan_recommended: { tasks: [{ kind: 'safety_plan', priority: 'urgent', dueInMs: DAY }] },
  administer_phq9: { tasks: [{ kind: 'administer_phq9', priority: 'routine', dueInMs: 7 * DAY }] },
  administer_gad7: { tasks: [{ kind: 'administer_gad7', priority: 'routine', dueInMs: 7 * DAY }] },
};

const IN_SESSION: Partial<Record<InstrumentFlag, string>> = {
  safety_precautions:
    'High suicide risk: keep the person safe and with you, and get an immediate behavioural-health evaluation.',
  suicide_risk_followup:
    'Positive suicide-risk answer: give the C-SSRS screen now, or hand off to a named clinician (due within 2 hours).',
  ask_item9: 'Item 9 (thoughts of being better off dead or of self-harm) was not answered: ask it now.',
};

/**
 * Apply the safety rules for one stored result, inside its transaction. An open flag of the same
 * kind is re-raised (the result attaches to it) rather than duplicated; an open task of the same
 * kind is not created twice. Only a clinician's documented risk assessment closes a flag.
 */
export async function applySafetyRules(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  resultId: string,
  flags: readonly InstrumentFlag[],
  now: Date,
): Promise<SafetyActions> {
  const actions: SafetyActions = { flagsRaised: [], tasksCreated: [], inSessionStep: null };
  for (const f of ['safety_precautions', 'suicide_risk_followup', 'ask_item9'] as const) {
    if (flags.includes(f)) {
      actions.inSessionStep = IN_SESSION[f] ?? null;
      break;
    }
  }
  for (const f of flags) {
    const rule = FLAG_RULES[f];
    if (!rule) continue;
    if (rule.flag) {
      await tx
        .insert(clientFlags)
        .values({
          organizationId: actor.organizationId,
          clientId,
          kind: rule.flag,
          sourceResultIds: [resultId],
          raisedAt: now,
          lastRaisedAt: now,
        })
        .onConflictDoUpdate({
          target: [clientFlags.clientId, clientFlags.kind],
          targetWhere: sql`${clientFlags.status} = 'open'`,
          set: {
            sourceResultIds: sql`array_append(${clientFlags.sourceResultIds}, ${resultId}::uuid)`,
            lastRaisedAt: now,
            version: sql`${clientFlags.version} + 1`,
          },
        });
      actions.flagsRaised.push(rule.flag);
    }
    for (const task of rule.tasks) {
      const [open] = await tx
        .select({ id: careTasks.id })
        .from(careTasks)
        .where(and(eq(careTasks.clientId, clientId), eq(careTasks.kind, task.kind), eq(careTasks.status, 'open')));
      if (open) continue;
      await tx.insert(careTasks).values({
        organizationId: actor.organizationId,
        clientId,
        kind: task.kind,
        priority: task.priority,
        dueAt: new Date(now.getTime() + task.dueInMs),
        sourceResultId: resultId,
        createdAt: now,
      });
      actions.tasksCreated.push(task.kind);
    }
  }
  return actions;
}
