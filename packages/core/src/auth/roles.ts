/** Staff roles. A user may hold several (e.g. case_manager + supervisor). */
export const Roles = {
  admin: 'admin',
  supervisor: 'supervisor',
  case_manager: 'case_manager',
  clinician: 'clinician',
  peer_specialist: 'peer_specialist',
  intake_coordinator: 'intake_coordinator',
  privacy_officer: 'privacy_officer',
  /** Keeps the service directory current (no client data by this role alone). */
  directory_editor: 'directory_editor',
} as const;
export type Role = (typeof Roles)[keyof typeof Roles];
export const ROLE_LIST = Object.values(Roles) as [Role, ...Role[]];

/** Professional discipline, independent of the system role. */
export const Disciplines = {
  psychiatrist: 'psychiatrist',
  nurse: 'nurse',
  therapist: 'therapist',
  social_worker: 'social_worker',
  psychologist: 'psychologist',
  peer_specialist: 'peer_specialist',
  case_manager: 'case_manager',
  vocational_specialist: 'vocational_specialist',
  housing_specialist: 'housing_specialist',
  administrative: 'administrative',
  other: 'other',
} as const;
export type Discipline = (typeof Disciplines)[keyof typeof Disciplines];
export const DISCIPLINE_LIST = Object.values(Disciplines) as [Discipline, ...Discipline[]];
