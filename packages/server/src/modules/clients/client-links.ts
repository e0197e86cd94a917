/**
 * Every table whose rows belong to a client through a `client_id` column. A merge moves these
 * rows to the surviving client (recording their ids so an admin can undo it). Modules that add
 * client-linked tables add them here; the merge test fails for a table left out.
 */
export const CLIENT_LINKED_TABLES: readonly string[] = [
  'client_identifiers',
  'support_contacts',
  'intakes',
  'episodes',
  'care_team_members',
  'instrument_results',
  'client_flags',
  'care_tasks',
  'needs_assessments',
  'risk_tiers',
  'locus_results',
  'care_plans',
  'care_plan_reviews',
  'contacts',
  'notes',
  'note_addenda',
  'notifications',
  'referrals',
  'unmet_needs',
  'advocacy_cases',
  'advocacy_steps',
  'safety_plans',
  'safety_plan_reviews',
  'crisis_events',
  'hospitalizations',
  'transition_plans',
  'transition_check_ins',
];
