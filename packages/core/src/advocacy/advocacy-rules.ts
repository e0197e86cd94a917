import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { AdvocacyStatus } from './advocacy.schemas.js';

/** How many days before a deadline its task opens (CLINICAL: appeal windows are short). */
export const ADVOCACY_DEADLINE_LEAD_DAYS = 7;

/** A deadline task falls due at the close of business (17:00) of the due date, in the organisation's zone. */
export function deadlineTaskDueAt(dueDate: string, timeZone: string): Date {
  const [y, m, d] = dueDate.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 17, 0, 0, 0, timeZone).getTime());
}

/** The calendar day a deadline's task opens: the lead days before the due date. */
export function deadlineTaskOpensOn(dueDate: string, leadDays = ADVOCACY_DEADLINE_LEAD_DAYS): string {
  return format(addDays(parseISO(dueDate), -leadDays), 'yyyy-MM-dd');
}

export interface DeadlineFacts {
  dueDate: string;
  met: boolean;
}

/**
 * A deadline wants its task open when the case is open, the deadline is not met, and today (the
 * organisation's calendar day) is on or after the opening day. A passed deadline still wants it:
 * a late appeal is the case manager's to answer, not the rule's to forget.
 */
export function deadlineTaskWanted(deadline: DeadlineFacts, caseStatus: AdvocacyStatus, today: string): boolean {
  if (caseStatus !== 'open' || deadline.met) return false;
  return today >= deadlineTaskOpensOn(deadline.dueDate);
}

/** One task per deadline and due date: moving the date asks again, a task closed by hand is not reraised. */
export function advocacyTaskKey(caseId: string, deadlineId: string, dueDate: string): string {
  return `advocacy:${caseId}:${deadlineId}:${dueDate}`;
}

export const advocacyTaskKeyPrefix = (caseId: string): string => `advocacy:${caseId}:`;

export type AdvocacyStatusDecision =
  { ok: true; closing: boolean; reopening: boolean } | { ok: false; field: 'outcome' | 'status'; message: string };

/**
 * The outcome rule: leaving `open` needs an outcome text; an ended case changes only by being
 * reopened (its outcome then stays as history until the next ending replaces it).
 */
export function decideAdvocacyStatus(
  from: AdvocacyStatus,
  to: AdvocacyStatus,
  outcome: string | null | undefined,
): AdvocacyStatusDecision {
  if (from === to) return { ok: true, closing: false, reopening: false };
  if (from !== 'open' && to !== 'open') {
    return { ok: false, field: 'status', message: 'An ended case must be reopened before it ends another way.' };
  }
  if (to === 'open') return { ok: true, closing: false, reopening: true };
  if (!outcome || outcome.trim() === '') return { ok: false, field: 'outcome', message: 'Say how the case ended.' };
  return { ok: true, closing: true, reopening: false };
}

/** The earliest deadline not yet met (ties: the first listed). */
export function nextOpenDeadline<D extends DeadlineFacts>(deadlines: readonly D[]): D | null {
  let best: D | null = null;
  for (const d of deadlines) if (!d.met && (!best || d.dueDate < best.dueDate)) best = d;
  return best;
}

/** Whole days since a missed deadline (0 on the due date and before). */
export function deadlineDaysOverdue(dueDate: string, today: string): number {
  return Math.max(0, differenceInCalendarDays(parseISO(today), parseISO(dueDate)));
}
