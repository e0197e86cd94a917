import { tzOffset } from '@date-fns/tz';
import { addHours, differenceInCalendarDays } from 'date-fns';
import { contactIntervalDays, type CadenceRule } from './cadence-rules.js';
import { isClientContact, type CadenceContact } from './contact-kinds.js';
import { isAway, type Whereabouts } from './whereabouts.js';

// Whole 24-hour days: a due instant that does not drift by an hour across a DST change.
const plusDays = (from: Date, days: number) => addHours(from, 24 * days);

/** The successful contacts that count for a rule, newest first. */
export function qualifyingContacts(rule: CadenceRule, contacts: readonly CadenceContact[]): CadenceContact[] {
  const types: readonly string[] = rule.types;
  return contacts
    .filter((c) => c.successful && types.includes(c.type))
    .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime());
}

/**
 * When a rule falls due. With N or more qualifying contacts: the Nth most recent + W days (the
 * first moment a window of W days ending then would hold fewer than N). With fewer: the last one
 * (or the episode's opening) + W/N days, rounded down to whole days.
 */
export function ruleDueAt(rule: CadenceRule, contacts: readonly CadenceContact[], openedAt: Date): Date {
  const q = qualifyingContacts(rule, contacts);
  const nth = q[rule.minContacts - 1];
  if (nth) return plusDays(nth.occurredAt, rule.windowDays);
  return plusDays(q[0]?.occurredAt ?? openedAt, contactIntervalDays(rule));
}

/**
 * Whole calendar days past due in the organisation's zone: due on a day means due that whole day,
 * so a weekly client last seen 7 days ago is on time today and overdue from tomorrow.
 */
export function calendarDaysOverdue(dueAt: Date, now: Date, timeZone: string): number {
  return Math.max(0, localDayNumber(now, timeZone) - localDayNumber(dueAt, timeZone));
}

/**
 * The calendar day an instant falls on in a zone, as days since 1970-01-01. One offset lookup per
 * instant: TZDate day arithmetic makes ~20, which a 600-episode dashboard feels (~50 ms).
 */
function localDayNumber(at: Date, timeZone: string): number {
  return Math.floor((at.getTime() + tzOffset(timeZone, at) * 60_000) / 86_400_000);
}

/** Whole days past due (0 when not yet due). */
export function daysOverdue(dueAt: Date, now: Date): number {
  if (now.getTime() <= dueAt.getTime()) return 0;
  return Math.max(1, differenceInCalendarDays(now, dueAt));
}

export interface NextContactInput {
  rules: readonly CadenceRule[];
  /** Non-voided contacts of the episode; types and outcomes are filtered here. */
  contacts: readonly CadenceContact[];
  openedAt: Date;
  now: Date;
  whereabouts?: Whereabouts;
  /** The organisation's zone, in which days are counted. */
  timeZone?: string;
}

export interface NextContact {
  /** The earliest due among the rules. */
  dueAt: Date;
  /** The rule that falls due first (the one to explain to the worker). */
  rule: CadenceRule;
  /** Calendar days past due; 0 while the client is in hospital or jail. */
  overdueDays: number;
  /** In hospital or jail: contact is by in-reach, never "overdue". */
  inReach: boolean;
  /** Away and past due: an in-reach visit is due instead of a follow-up. */
  inReachDue: boolean;
  /** The latest successful contact with the client (collateral and failed outreach left out). */
  lastContactAt: Date | null;
}

export function nextContactDue(input: NextContactInput): NextContact {
  const [first, ...rest] = input.rules;
  if (!first) throw new Error('nextContactDue needs at least one cadence rule');
  let rule = first;
  let dueAt = ruleDueAt(first, input.contacts, input.openedAt);
  for (const r of rest) {
    const d = ruleDueAt(r, input.contacts, input.openedAt);
    if (d.getTime() < dueAt.getTime()) [rule, dueAt] = [r, d];
  }
  const late = calendarDaysOverdue(dueAt, input.now, input.timeZone ?? 'UTC');
  const inReach = isAway(input.whereabouts ?? 'community');
  const lastContactAt = input.contacts
    .filter((c) => c.successful && isClientContact(c.type))
    .reduce<Date | null>((max, c) => (max === null || c.occurredAt > max ? c.occurredAt : max), null);
  return { dueAt, rule, overdueDays: inReach ? 0 : late, inReach, inReachDue: inReach && late > 0, lastContactAt };
}
