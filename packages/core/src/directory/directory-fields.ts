import type { NeedDomain } from '../needs/needs-domains.js';
import type { ServiceCategory } from '../services/service-categories.js';

/** How much room a service has now, as its provider last told us. */
export const CapacityStatuses = ['open', 'limited', 'waitlist', 'full', 'closed'] as const;
export type CapacityStatus = (typeof CapacityStatuses)[number];

/** How a client gets in: the first step the case manager helps with. */
export const IntakeMethods = ['walk_in', 'phone', 'referral_form', 'online', 'email', 'appointment'] as const;
export type IntakeMethod = (typeof IntakeMethods)[number];

/** Capacity states that take no new client now (a referral there is likely to wait or fail). */
export const CLOSED_CAPACITY: readonly CapacityStatus[] = ['full', 'closed'];

/**
 * The service categories that answer an assessed need: search by need reads this, so "housing
 * need" finds housing services and "work readiness" finds rehabilitation (DESIGN.md §1).
 */
export const NEED_CATEGORIES: Record<NeedDomain, readonly ServiceCategory[]> = {
  housing: ['housing'],
  food: ['food'],
  income_benefits: ['income_and_entitlements'],
  employment: ['rehabilitation'],
  education: ['rehabilitation'],
  transportation: ['transportation'],
  physical_health_dental: ['health_and_dental'],
  mental_health_symptoms: ['mental_health_treatment', 'crisis_response'],
  substance_use: ['substance_use'],
  legal: ['protection_and_advocacy', 'identification_and_documents'],
  social_connection_family: ['family_and_community', 'peer_support'],
  daily_living_skills: ['rehabilitation', 'peer_support'],
  safety_risk: ['crisis_response', 'protection_and_advocacy'],
  self_care: ['rehabilitation'],
  household_management: ['rehabilitation'],
  financial_literacy: ['income_and_entitlements', 'rehabilitation'],
  work_readiness: ['rehabilitation'],
};
