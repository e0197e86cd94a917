import { addHours, addMinutes, isAfter } from 'date-fns';
import type { ContactOutcome, ContactType } from './contact.schemas.js';

/** A contact entered more than this long after it happened is a late entry (CLINICAL.md §11.6). */
export const LATE_ENTRY_HOURS = 24;
/** Clock drift allowed between a tablet and the server before a contact counts as "in the future". */
export const FUTURE_TOLERANCE_MINUTES = 5;

/**
 * The client was reached: the outcome is `completed` and the contact was with the client. Failed
 * outreach (no answer, not home, a message left, declined) never counts, and neither does a
 * collateral contact, which is with family or a provider about the client.
 */
export function isSuccessfulContact(type: ContactType, outcome: ContactOutcome): boolean {
  return outcome === 'completed' && type !== 'collateral';
}

/** Late when written down more than 24 hours after it occurred (exactly 24 hours is on time). */
export function isLateEntry(occurredAt: Date, enteredAt: Date): boolean {
  return isAfter(enteredAt, addHours(occurredAt, LATE_ENTRY_HOURS));
}

/** A contact cannot be logged for later than a few minutes from now. */
export function isInFuture(occurredAt: Date, now: Date): boolean {
  return isAfter(occurredAt, addMinutes(now, FUTURE_TOLERANCE_MINUTES));
}
