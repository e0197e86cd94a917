import type { TaskPriority, TaskSource } from './task-fields.js';

/** Who hears of a task whose clock ran out, besides its owner. */
export const EscalationRecipients = ['supervisor', 'on_call'] as const;
export type EscalationRecipient = (typeof EscalationRecipients)[number];

export interface EscalationRule {
  /** Hours after the due time before the task escalates (0: as soon as it is late). */
  graceHours: number;
  to: readonly EscalationRecipient[];
}

/** Bump on any change: a rule set, like the clinical ones. */
export const ESCALATION_RULE_SET_VERSION = 'careloop-escalation@1';

const SAFETY_URGENT: EscalationRule = { graceHours: 0, to: ['supervisor', 'on_call'] };
const SAFETY_ROUTINE: EscalationRule = { graceHours: 72, to: ['supervisor'] };
// Cadence, in-reach and plan-review tasks are due on the day the contact or review was due, so
// they are late from birth: a week's grace keeps supervisors from hearing of every busy day.
const FOLLOW_UP: EscalationRule = { graceHours: 7 * 24, to: ['supervisor'] };

/**
 * Every task a rule raises escalates when late (a person's own tasks do not): urgent safety work
 * to the supervisor and the on-call clinician at once, the rest to the supervisor after a grace.
 */
export function escalationRule(source: TaskSource, priority: TaskPriority): EscalationRule | null {
  switch (source) {
    case 'manual':
      return null;
    case 'safety_rule':
      return priority === 'urgent' || priority === 'high' ? SAFETY_URGENT : SAFETY_ROUTINE;
    case 'engagement':
    case 'referral':
      return { graceHours: 48, to: ['supervisor'] };
    case 'cadence':
    case 'in_reach':
    case 'plan_review':
    case 'directory':
      return FOLLOW_UP;
    // An appeal deadline does not wait: the task is due ahead of it, late means at risk.
    case 'advocacy':
      return { graceHours: 0, to: ['supervisor'] };
    // After a crisis or a discharge the first days are the dangerous ones: late goes up at once.
    case 'crisis':
    case 'hospitalization':
    case 'safety_plan':
      return { graceHours: 0, to: ['supervisor'] };
    case 'transition':
      return FOLLOW_UP;
  }
}

/** Late enough to escalate: strictly past due plus the grace. */
export function isEscalationDue(dueAt: Date, rule: EscalationRule, now: Date): boolean {
  return now.getTime() > dueAt.getTime() + rule.graceHours * 3_600_000;
}
