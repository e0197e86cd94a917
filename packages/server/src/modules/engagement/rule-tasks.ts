import { addBusinessDaysIn, isFaceToFace, localDate } from '@careloop/core';
import type { WantedRuleTask } from '../tasks/rule-task.service.js';
import type { CadenceFacts } from './cadence-facts.js';
import type { FollowUp } from './follow-up.js';

/** The task sources the follow-up rules own (the safety rules and people own the rest). */
export const RULE_SOURCES = ['cadence', 'engagement', 'in_reach'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

/** Business days the case manager has to make an outreach plan for a disengaged client. */
export const OUTREACH_PLAN_BUSINESS_DAYS = 2;

/** A task one of the rules wants open now; `key` is its `source_key` (one open task per key). */
export type WantedTask = WantedRuleTask<RuleSource>;

export const ruleTaskKeys = {
  cadence: (episodeId: string, dueDate: string) => `cadence:${episodeId}:${dueDate}`,
  engagement: (episodeId: string) => `engagement:${episodeId}`,
  inReach: (episodeId: string, dueDate: string) => `in_reach:${episodeId}:${dueDate}`,
} as const;

const REASON_TEXT = {
  failed_outreach: 'The latest outreach attempts in a row did not reach the client.',
  no_contact: 'No successful contact for two cadence windows.',
} as const;

function ruleText(fu: FollowUp): string {
  const r = fu.next.rule;
  const kinds = r.types.every(isFaceToFace) ? ' face-to-face' : '';
  const tightened = r.tightenedFor ? ` (tightened for ${r.tightenedFor} risk)` : '';
  return `At least ${r.minContacts}${kinds} contact${r.minContacts === 1 ? '' : 's'} every ${r.windowDays} days${tightened}.`;
}

/** What the rules want open for one episode now (ids and rule wording only: no client data). */
export function wantedTasks(f: CadenceFacts, fu: FollowUp, now: Date): WantedTask[] {
  const base = {
    clientId: f.clientId,
    episodeId: f.episodeId,
    assignedToId: f.primaryCaseManagerId,
    assignedProgramId: f.primaryCaseManagerId ? null : f.programId,
  };
  const dueDate = localDate(fu.next.dueAt, f.timeZone);
  const out: WantedTask[] = [];
  if (fu.engagement.disengaged) {
    out.push({
      ...base,
      source: 'engagement',
      kind: 'outreach_plan',
      key: ruleTaskKeys.engagement(f.episodeId),
      dueAt: addBusinessDaysIn(now, OUTREACH_PLAN_BUSINESS_DAYS, { timeZone: f.timeZone, holidays: f.holidays }),
      priority: 'high',
      details: fu.engagement.reasons.map((r) => REASON_TEXT[r]).join(' '),
      coveredSince: fu.engagement.since,
    });
  }
  if (fu.next.overdueDays > 0) {
    out.push({
      ...base,
      source: 'cadence',
      kind: 'follow_up',
      key: ruleTaskKeys.cadence(f.episodeId, dueDate),
      dueAt: fu.next.dueAt,
      priority: 'routine',
      details: `Contact was due ${dueDate}. ${ruleText(fu)}`,
      coveredSince: null,
    });
  }
  if (fu.next.inReachDue) {
    out.push({
      ...base,
      source: 'in_reach',
      kind: 'in_reach',
      key: ruleTaskKeys.inReach(f.episodeId, dueDate),
      dueAt: fu.next.dueAt,
      priority: 'routine',
      details: `The client is in ${f.whereabouts}: visit there (in-reach). Contact was due ${dueDate}.`,
      coveredSince: null,
    });
  }
  return out;
}

/**
 * How an open rule task that is no longer wanted ends: done when its need was met (a contact
 * came), cancelled when it no longer applies (episode closed, whereabouts changed, superseded).
 */
export function closingOf(
  source: RuleSource,
  fu: FollowUp | undefined,
): { status: 'completed' | 'cancelled'; outcome: string } {
  if (!fu) return { status: 'cancelled', outcome: 'Closed automatically: the episode is no longer open.' };
  switch (source) {
    case 'engagement':
      return fu.engagement.disengaged
        ? { status: 'cancelled', outcome: 'Closed automatically: superseded.' }
        : { status: 'completed', outcome: 'Closed automatically: successful contact.' };
    case 'cadence':
      return fu.next.overdueDays === 0 && !fu.next.inReach
        ? { status: 'completed', outcome: 'Closed automatically: the contact is no longer overdue.' }
        : { status: 'cancelled', outcome: 'Closed automatically: superseded by a new due date or in-reach.' };
    case 'in_reach':
      return fu.next.inReach && !fu.next.inReachDue
        ? { status: 'completed', outcome: 'Closed automatically: the in-reach contact was made.' }
        : { status: 'cancelled', outcome: 'Closed automatically: the client is back in the community, or superseded.' };
  }
}
