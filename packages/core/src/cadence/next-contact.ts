import { addDays, differenceInCalendarDays } from 'date-fns';

export interface ContactCadence {
  /** At least `minContacts` contacts every `windowDays`. */
  minContacts: number;
  windowDays: number;
}

/**
 * The longest gap between contacts that still meets the cadence, in whole days, rounded down so a
 * client is never shown as on time when they are not: 4 a week -> every 1 day, weekly -> 7 days.
 */
export function contactIntervalDays(cadence: ContactCadence): number {
  return Math.max(1, Math.floor(cadence.windowDays / cadence.minContacts));
}

/**
 * When the next contact is due: one interval after the last successful contact, or after the
 * episode opened when there has been none yet.
 */
export function nextContactDue(lastContactAt: Date | null, openedAt: Date, cadence: ContactCadence): Date {
  return addDays(lastContactAt ?? openedAt, contactIntervalDays(cadence));
}

/** Whole days past due (0 when not yet due). */
export function daysOverdue(dueAt: Date, now: Date): number {
  if (now.getTime() <= dueAt.getTime()) return 0;
  return Math.max(1, differenceInCalendarDays(now, dueAt));
}
