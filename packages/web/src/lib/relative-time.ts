/** How far a due instant is from now, in the largest whole unit that reads naturally (pure: unit-tested). */

export type DueUnit = 'minutes' | 'hours' | 'days';

export interface RelativeDue {
  kind: 'overdue' | 'due' | 'now';
  unit: DueUnit;
  count: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The gap between now and a due time in the largest whole unit ("overdue by 3 days", "due in 5 hours"). */
export function relativeDue(dueAt: string, now: number): RelativeDue {
  const diff = Date.parse(dueAt) - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return { kind: 'now', unit: 'minutes', count: 0 };
  const kind = diff < 0 ? 'overdue' : 'due';
  if (abs >= DAY) return { kind, unit: 'days', count: Math.floor(abs / DAY) };
  if (abs >= HOUR) return { kind, unit: 'hours', count: Math.floor(abs / HOUR) };
  return { kind, unit: 'minutes', count: Math.floor(abs / MINUTE) };
}

export type Overdue = { unit: DueUnit; count: number } | null;

/** How late a due instant is, in the largest whole unit that reads naturally; null when not yet due. */
export function overdueBy(dueAt: string, now: number): Overdue {
  const late = now - Date.parse(dueAt);
  if (!(late > 0)) return null;
  if (late < HOUR) return { unit: 'minutes', count: Math.max(1, Math.floor(late / MINUTE)) };
  if (late < 2 * DAY) return { unit: 'hours', count: Math.floor(late / HOUR) };
  return { unit: 'days', count: Math.floor(late / DAY) };
}
