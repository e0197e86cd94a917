/** Service categories for needs, referrals, goals and unmet-needs reports (DESIGN.md §1). */
export const ServiceCategories = [
  'mental_health_treatment',
  'crisis_response',
  'health_and_dental',
  'housing',
  'income_and_entitlements',
  'peer_support',
  'family_and_community',
  'rehabilitation',
  'protection_and_advocacy',
  'identification_and_documents',
  'transportation',
  'food',
  'substance_use',
] as const;
export type ServiceCategory = (typeof ServiceCategories)[number];
