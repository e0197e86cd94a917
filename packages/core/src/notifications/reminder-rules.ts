import { TZDate, tz } from '@date-fns/tz';
import { addDays, format, startOfDay } from 'date-fns';

/** Which reminder a task's due time calls for now, in the organisation's calendar. */
export function dueReminder(dueAt: Date, now: Date, timeZone: string): 'overdue' | 'due_today' | null {
  if (dueAt.getTime() < now.getTime()) return 'overdue';
  return localDate(dueAt, timeZone) === localDate(now, timeZone) ? 'due_today' : null;
}

/** YYYY-MM-DD of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  return format(at, 'yyyy-MM-dd', { in: tz(timeZone) });
}

/** The first instant of the next local day: tasks due before it are due today (or overdue). */
export function endOfLocalDay(now: Date, timeZone: string): Date {
  return new Date(startOfDay(addDays(new TZDate(now, timeZone), 1)).getTime());
}

/**
 * Dedupe keys: one notification per user per key, whatever the number of runs or instances.
 * "Due today" is per local day, so a recurring reminder on a moved due date can come again.
 */
export const reminderKeys = {
  dueToday: (taskId: string, day: string) => `due_today:${taskId}:${day}`,
  overdue: (taskId: string) => `overdue:${taskId}`,
  cosign: (noteId: string) => `cosign:${noteId}`,
  alert: (flagId: string) => `alert:${flagId}`,
  escalation: (taskId: string) => `escalation:${taskId}`,
  newReferral: (intakeId: string) => `new_referral:${intakeId}`,
  emergentReferral: (intakeId: string) => `emergent_referral:${intakeId}`,
  taskAssigned: (taskId: string, version: number) => `task_assigned:${taskId}:${version}`,
  handoff: (episodeId: string) => `handoff:${episodeId}`,
  closureSignoff: (episodeId: string, requestedAt: string) => `closure_signoff:${episodeId}:${requestedAt}`,
} as const;

export interface DigestEmail {
  subject: string;
  text: string;
}

/** The only email Careloop sends about work: a count and a link, never client data. */
export function reminderDigest(count: number, appUrl: string): DigestEmail {
  const items = count === 1 ? '1 new item' : `${count} new items`;
  const link = `${appUrl.replace(/\/+$/, '')}/notifications`;
  return {
    subject: `You have ${items} in Careloop`,
    text: `You have ${items} in Careloop.\n\nSign in to see them: ${link}\n`,
  };
}
