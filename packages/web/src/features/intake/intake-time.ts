/** Relative due times and agency-zone wall times for the intake screens (pure: unit-tested). */

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

function partsIn(instant: number, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

function offsetMinutes(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** An instant as the value of a datetime-local input, in the agency's zone (not the browser's). */
export function toWallTime(instant: number, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.year ?? 1970}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** A datetime-local value read in the agency's zone, as an ISO instant; null when malformed. */
export function fromWallTime(wall: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(wall);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  const asUtc = Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // The offset can differ across a DST change: correct once with the offset at the first guess.
  const first = asUtc - offsetMinutes(asUtc, timeZone) * MINUTE;
  return new Date(asUtc - offsetMinutes(first, timeZone) * MINUTE).toISOString();
}
