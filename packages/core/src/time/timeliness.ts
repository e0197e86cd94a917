import { TZDate } from '@date-fns/tz';
import { addBusinessDays, addDays, format, isWeekend } from 'date-fns';

/** Intake urgency and the SAMHSA CCBHC timeliness targets (CLINICAL.md §5.3). */
export const Urgencies = { emergent: 'emergent', urgent: 'urgent', routine: 'routine' } as const;
export type Urgency = (typeof Urgencies)[keyof typeof Urgencies];
export const URGENCY_LIST = Object.values(Urgencies) as [Urgency, ...Urgency[]];

export interface BusinessCalendar {
  /** IANA zone in which business days are counted (the organisation's). */
  timeZone: string;
  /** Agency holidays as YYYY-MM-DD in that zone. */
  holidays?: readonly string[];
}

function isBusinessDay(d: TZDate, holidays: ReadonlySet<string>): boolean {
  return !isWeekend(d) && !holidays.has(format(d, 'yyyy-MM-dd'));
}

/**
 * `n` business days after `from`, at the same local time, skipping weekends and holidays.
 * A start on a weekend counts from there: Saturday + 1 business day = Monday.
 */
export function addBusinessDaysIn(from: Date, n: number, calendar: BusinessCalendar): Date {
  const holidays = new Set(calendar.holidays ?? []);
  let d = new TZDate(from, calendar.timeZone);
  if (holidays.size === 0) return new Date(addBusinessDays(d, n).getTime());
  let remaining = n;
  while (remaining > 0) {
    d = addDays(d, 1);
    if (isBusinessDay(d, holidays)) remaining -= 1;
  }
  return new Date(d.getTime());
}

export interface TimelinessTargets {
  /** First evaluation and services. */
  initialDueAt: Date;
  /** Comprehensive person-centred evaluation: 60 calendar days from the first request. */
  comprehensiveDueAt: Date;
}

/** Emergent: immediately. Urgent: within 1 business day. Routine: within 10 business days. */
export function timelinessTargets(receivedAt: Date, urgency: Urgency, calendar: BusinessCalendar): TimelinessTargets {
  let initialDueAt: Date;
  switch (urgency) {
    case 'emergent':
      initialDueAt = receivedAt;
      break;
    case 'urgent':
      initialDueAt = addBusinessDaysIn(receivedAt, 1, calendar);
      break;
    case 'routine':
      initialDueAt = addBusinessDaysIn(receivedAt, 10, calendar);
      break;
  }
  const comprehensiveDueAt = new Date(addDays(new TZDate(receivedAt, calendar.timeZone), 60).getTime());
  return { initialDueAt, comprehensiveDueAt };
}
