/**
 * The needs-assessment domains (core's NeedDomains). The e2e package talks to the app over HTTP
 * only, so it keeps its own copy; a server 400 names any domain that drifts.
 */
export const NEED_DOMAINS = [
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
  'self_care',
  'household_management',
  'financial_literacy',
  'work_readiness',
] as const;
