import { addHours, isBefore } from 'date-fns';
import type { ContactOutcome, ContactType } from '../contacts/contact.schemas.js';
import { isSuccessfulContact } from '../contacts/contact-rules.js';
import type { CrisisDisposition } from './crisis.schemas.js';

/** CLINICAL practice: a follow-up contact within a day of a crisis, unless the agency says otherwise. */
export const DEFAULT_CRISIS_FOLLOW_UP_HOURS = 24;
export const DEFAULT_CRISIS_SETTINGS = { followUpHours: DEFAULT_CRISIS_FOLLOW_UP_HOURS } as const;

/** When the follow-up contact after a crisis is due: the agency's hours after it occurred. */
export function crisisFollowUpDueAt(occurredAt: Date, followUpHours: number = DEFAULT_CRISIS_FOLLOW_UP_HOURS): Date {
  if (!Number.isInteger(followUpHours) || followUpHours < 1) {
    throw new RangeError('followUpHours must be a positive whole number');
  }
  return addHours(occurredAt, followUpHours);
}

/** The follow-up task of one crisis event (one per event). */
export const crisisFollowUpKey = (crisisEventId: string): string => `crisis_follow_up:${crisisEventId}`;

/**
 * The safety-plan review after a crisis: one open per client, shared with transitions and closed
 * by the safety module when a plan is signed or reviewed.
 */
export const safetyPlanReviewKey = (clientId: string): string => `safety_plan_review:${clientId}`;

/** How long after it was raised the safety-plan review is due. */
export const SAFETY_PLAN_REVIEW_HOURS = 72;

/**
 * A contact answers the follow-up of a crisis when it reached the client (completed, not a
 * collateral call with family or a provider) at or after the time of the crisis: a contact
 * before it cannot be the follow-up, and a failed attempt leaves the task open.
 */
export function answersCrisisFollowUp(
  contact: { type: ContactType; outcome: ContactOutcome; occurredAt: Date },
  crisisOccurredAt: Date,
): boolean {
  return isSuccessfulContact(contact.type, contact.outcome) && !isBefore(contact.occurredAt, crisisOccurredAt);
}

/** A disposition that means the person went to hospital: the chart offers to record the admission. */
export function suggestsAdmission(disposition: CrisisDisposition): boolean {
  switch (disposition) {
    case 'ed_visit':
    case 'admitted':
      return true;
    case 'stabilized_in_community':
    case 'crisis_stabilization_unit':
    case 'police_involvement':
    case 'other':
      return false;
  }
}
