import { HandoffChecklistItems, type HandoffChecklistItem } from './transition.schemas.js';

/** The items still unchecked, in checklist order. */
export function missingChecklistItems(checked: readonly { item: HandoffChecklistItem }[]): HandoffChecklistItem[] {
  const done = new Set(checked.map((c) => c.item));
  return HandoffChecklistItems.filter((i) => !done.has(i));
}

/** The hand-off may be accepted only when every item is checked (the stage guard reads this). */
export function checklistComplete(checked: readonly { item: HandoffChecklistItem }[]): boolean {
  return missingChecklistItems(checked).length === 0;
}

/** A calendar date (YYYY-MM-DD) plus n days; UTC arithmetic, so no clock shift moves the date. */
export function addDaysToDate(date: string, n: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) throw new RangeError(`not a date: ${date}`);
  return new Date(t + n * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of the post-transition period: acceptance day + period (the acceptance day is day 0). */
export function postTransitionEndsOn(acceptedOn: string, periodDays: number): string {
  return addDaysToDate(acceptedOn, periodDays);
}

export interface ScheduledCheckIn {
  /** 1-based; part of the task key, so a re-run finds the same check-in. */
  index: number;
  dueOn: string;
}

/**
 * Check-ins every `intervalDays` after acceptance while inside the period (day `periodDays`
 * included). A period shorter than the interval still gets one check-in, on its last day, so the
 * old team always hears once how the client is doing.
 */
export function checkInSchedule(acceptedOn: string, periodDays: number, intervalDays: number): ScheduledCheckIn[] {
  if (periodDays < 1 || intervalDays < 1) throw new RangeError('period and interval must be at least one day');
  const out: ScheduledCheckIn[] = [];
  for (let day = intervalDays, index = 1; day <= periodDays; day += intervalDays, index += 1) {
    out.push({ index, dueOn: addDaysToDate(acceptedOn, day) });
  }
  if (out.length === 0) out.push({ index: 1, dueOn: addDaysToDate(acceptedOn, periodDays) });
  return out;
}

export interface SendingAccessInput {
  /** Null until the receiving team accepted the hand-off: the sending team keeps the case. */
  acceptedOn: string | null;
  periodDays: number;
  /** Today in the agency's calendar. */
  today: string;
}

/**
 * Whether the sending team's access should have ended: the post-transition period is over (the
 * day after its last day). Check-ins not recorded by then do not keep the old team in the chart:
 * the client belongs to the receiving team, and a late check-in task has already escalated.
 */
export function sendingAccessEnded(input: SendingAccessInput): boolean {
  if (input.acceptedOn === null) return false;
  return input.today > postTransitionEndsOn(input.acceptedOn, input.periodDays);
}

/** Task keys (one open task per key). */
export const transitionTaskKeys = {
  checkIn: (planId: string, index: number) => `transition_check_in:${planId}:${index}`,
  safetyPlanReview: (clientId: string) => `safety_plan_review:${clientId}`,
} as const;

export interface ClosingSummaryInput {
  targetProgramName: string | null;
  reason: string | null;
  acceptedOn: string;
  periodEndsOn: string;
  checkInsRecorded: number;
  checkInsScheduled: number;
}

/** The sending episode's closing summary when the post-transition period ends (no free text of the client's). */
export function transitionClosingSummary(i: ClosingSummaryInput): string {
  const to = i.targetProgramName ?? 'another program';
  const why = i.reason ? ` (${i.reason})` : '';
  return [
    `Transferred out to ${to}${why}; the receiving team accepted the hand-off on ${i.acceptedOn} with the hand-off checklist complete.`,
    `Post-transition follow-up ended on ${i.periodEndsOn}: ${i.checkInsRecorded} of ${i.checkInsScheduled} check-ins recorded.`,
  ].join(' ');
}
