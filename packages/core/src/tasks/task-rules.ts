import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { TaskPriority } from './task-fields.js';

const PRIORITY_RANK: Record<TaskPriority, number> = { urgent: 0, high: 1, routine: 2, low: 3 };

/** Past its due time; a task due this very instant is not late yet. */
export function isTaskOverdue(dueAt: Date, now: Date): boolean {
  return dueAt.getTime() < now.getTime();
}

export interface RankedTask {
  dueAt: Date;
  priority: TaskPriority;
}

/**
 * The order of every task list: overdue first, then by due time, then the more urgent first.
 * (The SQL of the lists orders the same way; this is the definition they are tested against.)
 */
export function compareTasks(a: RankedTask, b: RankedTask, now: Date): number {
  const late = Number(isTaskOverdue(b.dueAt, now)) - Number(isTaskOverdue(a.dueAt, now));
  if (late !== 0) return late;
  const due = a.dueAt.getTime() - b.dueAt.getTime();
  if (due !== 0) return due;
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
}

/**
 * The next occurrence of a recurring task: the previous due date plus the interval, counted in
 * calendar days in the organisation's zone so a 09:00 task stays at 09:00 across a DST change.
 */
export function nextOccurrenceDue(previousDue: Date, recurrenceDays: number, timeZone: string): Date {
  if (!Number.isInteger(recurrenceDays) || recurrenceDays < 1) throw new RangeError('recurrenceDays must be >= 1');
  return new Date(addDays(new TZDate(previousDue, timeZone), recurrenceDays).getTime());
}

/** A care-plan review coming due within the window (or already overdue) needs a task now. */
export function planReviewTaskNeeded(reviewDueAt: Date, now: Date, windowDays: number): boolean {
  return reviewDueAt.getTime() <= addDays(now, windowDays).getTime();
}
