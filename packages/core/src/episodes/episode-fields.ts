/** Why an episode closed (closure also needs a free-text closing summary). */
export const ClosureReasons = [
  'goals_met',
  'transferred_out',
  'client_declined',
  'moved_away',
  'lost_contact',
  'incarcerated',
  'long_term_institution',
  'deceased',
  'other',
] as const;
export type ClosureReason = (typeof ClosureReasons)[number];

/** Roles on a care team. Staff members are users; external members carry their own contact details. */
export const CareTeamRoles = [
  'primary_case_manager',
  'case_manager',
  'psychiatrist',
  'nurse',
  'therapist',
  'social_worker',
  'peer_specialist',
  'vocational_specialist',
  'housing_specialist',
  'primary_care_provider',
  'family_natural_support',
  'other',
] as const;
export type CareTeamRole = (typeof CareTeamRoles)[number];

/** Roles that only external members hold. */
export const EXTERNAL_ONLY_ROLES: readonly CareTeamRole[] = ['primary_care_provider', 'family_natural_support'];

/** A staff member's standing in a program: supervises it, is on call for it, or is on its (ACT) team. */
export const ProgramStaffRoles = ['supervisor', 'on_call', 'team_member'] as const;
export type ProgramStaffRole = (typeof ProgramStaffRoles)[number];
