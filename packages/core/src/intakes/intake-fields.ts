/** Vocabularies of intake and screening (values are API and storage codes). */
export const IntakeSources = [
  'self',
  'family',
  'hospital_inpatient',
  'emergency_department',
  'primary_care',
  'court_justice',
  'school',
  'other_agency',
  'web_form',
] as const;
export type IntakeSource = (typeof IntakeSources)[number];

/**
 * new -> in_progress (someone holds it / first contact made) -> eligible | not_eligible (decision)
 * -> closed (with an outcome). Nothing leaves the queue without an outcome.
 */
export const IntakeStatuses = ['new', 'in_progress', 'eligible', 'not_eligible', 'closed'] as const;
export type IntakeStatus = (typeof IntakeStatuses)[number];

export const IntakeOutcomes = ['enrolled', 'referred_elsewhere', 'declined', 'unable_to_reach'] as const;
export type IntakeOutcome = (typeof IntakeOutcomes)[number];

/** Outcomes a person records by hand; `enrolled` is set by enrolling the client in a program. */
export const MANUAL_INTAKE_OUTCOMES = ['referred_elsewhere', 'declined', 'unable_to_reach'] as const;

export const EligibilityDecisions = ['eligible', 'not_eligible'] as const;
export type EligibilityDecision = (typeof EligibilityDecisions)[number];

export const SelfReferralRelationships = ['self', 'family', 'friend', 'other'] as const;
export const PreferredContactMethods = ['phone', 'text', 'email'] as const;
