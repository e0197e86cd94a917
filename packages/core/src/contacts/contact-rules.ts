import { addHours, addMinutes, isAfter } from 'date-fns';
import type { ContactOutcome, ContactType } from './contact.schemas.js';

/**
 * Whether a contact asks how it went. Only calls and outreach can miss the client; every other
 * kind of contact took place (`completed`). An outreach attempt must say; a call that does not
 * say was answered.
 */
const OUTCOME_ASKED = {
  face_to_face: 'no',
  home_visit: 'no',
  community: 'no',
  phone: 'optional',
  video: 'no',
  text: 'no',
  collateral: 'no',
  group: 'no',
  outreach_attempt: 'required',
} as const satisfies Record<ContactType, 'no' | 'optional' | 'required'>;

/** The form offers the outcome (no type chosen yet: not yet). */
export function asksOutcome(type: ContactType | null): boolean {
  return type !== null && OUTCOME_ASKED[type] !== 'no';
}

/** The server refuses the contact without an outcome. */
export function requiresOutcome(type: ContactType): boolean {
  return OUTCOME_ASKED[type] === 'required';
}

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
