import type { CheckInAnswers } from './referral.schemas.js';
import type { ReferralStatus } from './referral-status.js';

export interface OutcomeFacts {
  appointmentDate?: string | null;
  serviceProvided?: string | null;
  reason?: string | null;
}

const withReason = (head: string, reason?: string | null) => (reason?.trim() ? `${head}: ${reason.trim()}` : head);

/**
 * The line written back to the referral's goal for a new status (signed plans are immutable, so
 * it is kept on the referral and shown with the goal). Null keeps the previous line.
 */
export function referralStatusOutcome(status: ReferralStatus, f: OutcomeFacts): string | null {
  switch (status) {
    case 'accepted':
      return f.appointmentDate ? `Accepted — first appointment ${f.appointmentDate}` : 'Accepted';
    case 'in-progress':
      return f.appointmentDate ? `In progress — first appointment ${f.appointmentDate}` : 'In progress';
    case 'completed':
      return withReason('Completed', f.serviceProvided);
    case 'rejected':
      return withReason('Rejected', f.reason);
    case 'failed':
      return withReason('Failed', f.reason);
    case 'cancelled':
      return withReason('Cancelled', f.reason);
    case 'on-hold':
      return withReason('On hold', f.reason);
    case 'entered-in-error':
      return 'Entered in error';
    case 'draft':
    case 'requested':
      return null;
  }
}

/** The line the client's check-in after the first appointment writes back. */
export function referralCheckInOutcome(
  answer: (typeof CheckInAnswers)[number],
  appointmentDate: string | null,
  attendedOn?: string | null,
): string {
  const day = attendedOn ?? appointmentDate;
  switch (answer) {
    case 'attended':
      return day ? `First appointment attended ${day}` : 'First appointment attended';
    case 'not_attended':
      return day ? `First appointment not attended (${day})` : 'First appointment not attended';
    case 'not_reached':
      return 'Client not reached after the first appointment';
  }
}
