import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import type { ReferralSettings } from './referral.schemas.js';
import type { ReferralStatus } from './referral-status.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The kinds of monitoring task a referral raises (CLINICAL.md §10.2 "Monitoring"). */
export const ReferralMonitorKinds = ['follow_up', 'check_in'] as const;
export type ReferralMonitorKind = (typeof ReferralMonitorKinds)[number];

type Limits = Pick<ReferralSettings, 'requestedFollowUpDays' | 'acceptedFollowUpDays' | 'checkInAfterDays'>;

/**
 * When a referral that sits in `requested` or `accepted` needs a follow-up: the agency's number
 * of days after it entered that status. Null for any other status (nothing to chase).
 */
export function referralFollowUpDueAt(status: ReferralStatus, statusChangedAt: Date, limits: Limits): Date | null {
  switch (status) {
    case 'requested':
      return new Date(statusChangedAt.getTime() + limits.requestedFollowUpDays * DAY_MS);
    case 'accepted':
      return new Date(statusChangedAt.getTime() + limits.acceptedFollowUpDays * DAY_MS);
    case 'draft':
    case 'rejected':
    case 'cancelled':
    case 'in-progress':
    case 'on-hold':
    case 'failed':
    case 'completed':
    case 'entered-in-error':
      return null;
  }
}

/** It has sat there *longer* than the limit: exactly the limit is not yet late. */
export function referralFollowUpDue(status: ReferralStatus, statusChangedAt: Date, now: Date, limits: Limits): boolean {
  const due = referralFollowUpDueAt(status, statusChangedAt, limits);
  return due !== null && now.getTime() > due.getTime();
}

/** Statuses in which the client may have a first appointment to ask about. */
const CHECK_IN_STATUSES: readonly ReferralStatus[] = ['accepted', 'in-progress', 'on-hold'];

export interface CheckInFacts {
  status: ReferralStatus;
  /** The first appointment (YYYY-MM-DD), when the provider or staff gave one. */
  appointmentDate: string | null;
  /** The check-in was recorded. */
  checkedIn: boolean;
}

/**
 * The start of the agency's day `checkInAfterDays` after the appointment date, or null when no
 * check-in is wanted (no date, already checked in, not an open accepted referral).
 */
export function referralCheckInDueAt(facts: CheckInFacts, limits: Limits, timeZone: string): Date | null {
  if (!facts.appointmentDate || facts.checkedIn || !CHECK_IN_STATUSES.includes(facts.status)) return null;
  const [y, m, d] = facts.appointmentDate.split('-').map(Number) as [number, number, number];
  const day = new TZDate(y, m - 1, d, timeZone);
  return new Date(startOfDay(addDays(day, limits.checkInAfterDays)).getTime());
}

/** The check-in day has come (from its first moment, in the agency's time zone). */
export function referralCheckInDue(facts: CheckInFacts, now: Date, limits: Limits, timeZone: string): boolean {
  const due = referralCheckInDueAt(facts, limits, timeZone);
  return due !== null && now.getTime() >= due.getTime();
}

/** The task key of one monitoring task: one open task per referral, kind and subject. */
export function referralTaskKey(referralId: string, kind: ReferralMonitorKind, subject: string): string {
  return `referral:${referralId}:${kind}:${subject}`;
}
