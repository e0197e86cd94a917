/**
 * The system-native needs-and-strengths assessment (CLINICAL.md §6.4): life domains rated on our
 * own ANSA-like 0–3 scale, each with the client's own words and strengths. A profile, not a score:
 * like ANSA, ratings are never added up.
 */
export const NeedDomains = [
  'housing',
  'food',
  'income_benefits',
  'employment',
  'education',
  'transportation',
  'physical_health_dental',
  'mental_health_symptoms',
  'substance_use',
  'legal',
  'social_connection_family',
  'daily_living_skills',
  'safety_risk',
  // Psychosocial rehabilitation skills (DESIGN.md §1) are domains of their own so skills goals can
  // be planned and reviewed separately from the basic needs above.
  'self_care',
  'household_management',
  'financial_literacy',
  'work_readiness',
] as const;
export type NeedDomain = (typeof NeedDomains)[number];

export const NEED_DOMAIN_LABELS: Record<NeedDomain, string> = {
  housing: 'Housing',
  food: 'Food',
  income_benefits: 'Income and benefits',
  employment: 'Employment',
  education: 'Education',
  transportation: 'Transportation',
  physical_health_dental: 'Physical health and dental',
  mental_health_symptoms: 'Mental health symptoms',
  substance_use: 'Substance use',
  legal: 'Legal',
  social_connection_family: 'Social connection and family',
  daily_living_skills: 'Daily living skills',
  safety_risk: 'Safety and risk',
  self_care: 'Self-care',
  household_management: 'Household management',
  financial_literacy: 'Money management',
  work_readiness: 'Work readiness',
};

/** 0 none · 1 monitor · 2 action · 3 urgent. */
export const NeedRatings = [0, 1, 2, 3] as const;
export type NeedRating = (typeof NeedRatings)[number];

export const NEED_RATING_LABELS: Record<NeedRating, string> = {
  0: 'none',
  1: 'monitor',
  2: 'action',
  3: 'urgent',
};

/** Ratings 2–3 are actionable and must appear in the care plan (the ANSA rule, §6.3). */
export function isActionable(rating: number | null | undefined): boolean {
  return rating != null && rating >= 2;
}

/** HL7 Gravity SDOH Clinical Care category codes (SDOHCC ValueSet SDOHCategory). */
export const SDOHCC_CATEGORY_SYSTEM =
  'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes';
/** Local codes for the clinical and rehabilitation domains Gravity has no category for. */
export const CARELOOP_NEED_DOMAIN_SYSTEM = 'urn:careloop:need-domain';

export interface NeedDomainCoding {
  system: typeof SDOHCC_CATEGORY_SYSTEM | typeof CARELOOP_NEED_DOMAIN_SYSTEM;
  code: string;
}

const sdoh = (code: string): NeedDomainCoding => ({ system: SDOHCC_CATEGORY_SYSTEM, code });
const local = (code: string): NeedDomainCoding => ({ system: CARELOOP_NEED_DOMAIN_SYSTEM, code });

/**
 * Category coding per domain, so needs map straight onto FHIR Condition/Goal/ServiceRequest
 * categories. Housing maps to the broad housing-instability; homelessness and inadequate-housing are
 * finer codes a referral may choose instead.
 */
export const NEED_DOMAIN_CODING: Record<NeedDomain, NeedDomainCoding> = {
  housing: sdoh('housing-instability'),
  food: sdoh('food-insecurity'),
  income_benefits: sdoh('financial-insecurity'),
  employment: sdoh('employment-status'),
  education: sdoh('educational-attainment'),
  transportation: sdoh('transportation-insecurity'),
  social_connection_family: sdoh('social-connection'),
  physical_health_dental: local('physical-health'),
  mental_health_symptoms: local('mental-health-symptoms'),
  substance_use: local('substance-use'),
  legal: local('legal-involvement'),
  daily_living_skills: local('daily-living-skills'),
  safety_risk: local('safety-risk'),
  self_care: local('self-care'),
  household_management: local('household-management'),
  financial_literacy: local('financial-literacy'),
  work_readiness: local('work-readiness'),
};

/** The part of a domain entry the helpers read; saved entries also carry words and strengths. */
export interface RatedDomain {
  rating: NeedRating | null;
}
export type NeedDomainRatings = Partial<Record<NeedDomain, RatedDomain | undefined>>;

export interface ActionableNeed {
  domain: NeedDomain;
  rating: NeedRating;
}

/** Domains rated 2 or 3, urgent first, then in the canonical domain order. */
export function actionableNeeds(domains: NeedDomainRatings): ActionableNeed[] {
  const out: ActionableNeed[] = [];
  for (const domain of NeedDomains) {
    const rating = domains[domain]?.rating ?? null;
    if (rating !== null && isActionable(rating)) out.push({ domain, rating });
  }
  // Array.prototype.sort is stable, so equal ratings keep the canonical order.
  return out.sort((a, b) => b.rating - a.rating);
}

/** Flattens saved domain entries into the rating map the risk rules and level-of-care read. */
export function needRatingMap(domains: NeedDomainRatings): Partial<Record<NeedDomain, NeedRating | null>> {
  const out: Partial<Record<NeedDomain, NeedRating | null>> = {};
  for (const domain of NeedDomains) {
    const entry = domains[domain];
    if (entry) out[domain] = entry.rating;
  }
  return out;
}

export const AssessmentParticipantRoles = [
  'client',
  'family',
  'case_manager',
  'clinician',
  'peer_specialist',
  'other',
] as const;
export type AssessmentParticipantRole = (typeof AssessmentParticipantRoles)[number];

export interface NeedsAssessmentGap {
  /** Field path as zod reports it, e.g. ['domains', 'housing', 'rating']. */
  path: string[];
  message: string;
}

/**
 * What stops an assessment from being complete: every domain rated (0 counts; "not assessed" does
 * not) and the client present — the assessment is done with the client, not about them.
 */
export function needsAssessmentGaps(assessment: {
  domains: NeedDomainRatings;
  present: readonly { role: AssessmentParticipantRole }[];
}): NeedsAssessmentGap[] {
  const gaps: NeedsAssessmentGap[] = [];
  for (const domain of NeedDomains) {
    if ((assessment.domains[domain]?.rating ?? null) === null) {
      gaps.push({
        path: ['domains', domain, 'rating'],
        message: `Rate ${NEED_DOMAIN_LABELS[domain].toLowerCase()} (0 if there is no need).`,
      });
    }
  }
  if (!assessment.present.some((p) => p.role === 'client')) {
    gaps.push({ path: ['present'], message: 'The client must take part in a completed assessment.' });
  }
  return gaps;
}

export function isNeedsAssessmentComplete(assessment: Parameters<typeof needsAssessmentGaps>[0]): boolean {
  return needsAssessmentGaps(assessment).length === 0;
}
