import {
  deadlineDaysOverdue,
  type AdvocacyCaseView,
  type AdvocacyDeadline,
  type UpdateAdvocacyCaseBody,
} from '@careloop/core';
import { differenceInCalendarDays, parseISO } from 'date-fns';

export type DeadlineState =
  | { kind: 'met' }
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  | { kind: 'soon'; days: number }
  | { kind: 'later'; days: number };

/** How close a deadline is, in the organisation's calendar days ("soon" is the task's 7-day window). */
export function deadlineState(d: Pick<AdvocacyDeadline, 'dueDate' | 'met'>, today: string): DeadlineState {
  if (d.met) return { kind: 'met' };
  const late = deadlineDaysOverdue(d.dueDate, today);
  if (late > 0) return { kind: 'overdue', days: late };
  const days = differenceInCalendarDays(parseISO(d.dueDate), parseISO(today));
  if (days === 0) return { kind: 'today' };
  return days <= 7 ? { kind: 'soon', days } : { kind: 'later', days };
}

export const deadlineColor = (s: DeadlineState): string =>
  s.kind === 'overdue' || s.kind === 'today' ? 'red.9' : s.kind === 'soon' ? 'indigo.9' : 'gray.7';

/** The PUT body that marks one deadline met and keeps the others as they are. */
export function markDeadlineMet(c: AdvocacyCaseView, deadlineId: string): UpdateAdvocacyCaseBody {
  return {
    version: c.version,
    deadlines: c.deadlines.map((d) => (d.id === deadlineId ? { ...d, met: true } : d)),
  };
}

/** The PUT body that adds a deadline. */
export function addDeadline(c: AdvocacyCaseView, what: string, dueDate: string): UpdateAdvocacyCaseBody {
  return { version: c.version, deadlines: [...c.deadlines, { what, dueDate }] };
}

export function removeDeadline(c: AdvocacyCaseView, deadlineId: string): UpdateAdvocacyCaseBody {
  return { version: c.version, deadlines: c.deadlines.filter((d) => d.id !== deadlineId) };
}

export function addDocument(
  c: AdvocacyCaseView,
  doc: { title: string; direction: 'received' | 'sent'; date: string; keptAt: string },
): UpdateAdvocacyCaseBody {
  return {
    version: c.version,
    documents: [...c.documents, { ...doc, keptAt: doc.keptAt.trim() ? doc.keptAt : null }],
  };
}

/** A draft list row of the new-case form: blank rows are left out, half-filled ones go to the server to be named. */
export function filledRows<T extends Record<string, string>>(rows: readonly T[]): T[] {
  return rows.filter((r) => Object.values(r).some((v) => v.trim() !== ''));
}
