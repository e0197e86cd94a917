import type { Role } from '../auth/roles.js';

/** Who is acting. Built by the server from the session; the policy never reaches for it. */
export interface Actor {
  userId: string;
  organizationId: string;
  roles: readonly Role[];
}

export const Actions = {
  users_manage: 'users.manage',
  audit_read: 'audit.read',
  programs_read: 'programs.read',
  programs_manage: 'programs.manage',
  program_staff_read: 'program_staff.read',
  org_settings_manage: 'org_settings.manage',
  client_search: 'client.search',
  client_search_org_wide: 'client.search_org_wide',
  client_register: 'client.register',
  client_read: 'client.read',
  client_update: 'client.update',
  duplicates_review: 'duplicates.review',
  intake_work: 'intake.work',
  episode_enroll: 'episode.enroll',
  episode_manage: 'episode.manage',
  /** Transfer to another primary case manager, or move to another program (DESIGN.md §3). */
  episode_change_primary: 'episode.change_primary',
  /** Add a care-team member or end a membership. */
  care_team_manage: 'care_team.manage',
  caseload_read_own: 'caseload.read_own',
  caseload_supervise: 'caseload.supervise',
  instruments_use: 'instruments.use',
  instruments_manage: 'instruments.manage',
  risk_clinical: 'risk.clinical',
  care_plan_approve: 'care_plan.approve',
  note_cosign: 'note.cosign',
  client_late_entry: 'client.late_entry',
  episode_closure_signoff: 'episode.closure_signoff',
  referral_settings_manage: 'referral_settings.manage',
  /** The post-discharge contact window (hours) and other hospitalization follow-up settings. */
  hospitalization_settings_manage: 'hospitalization_settings.manage',
  /** The agency's crisis follow-up hours. */
  crisis_settings_manage: 'crisis_settings.manage',
  /** The agency's post-transition period and check-in interval. */
  transition_settings_manage: 'transition_settings.manage',
  /** Search and read the service directory (no client data in it). */
  directory_read: 'directory.read',
  /** Create, change, verify, deactivate, import directory entries. */
  directory_edit: 'directory.edit',
  /** One's own worklist and the tasks about no client one holds (e.g. a directory verification). */
  tasks_own: 'tasks.own',
  /** Aggregate reports (counts, no client named) for the programs one supervises; admins all. */
  reports_read: 'reports.read',
  /** Add and remove on-call shifts (admins; supervisors for the programs they supervise). */
  on_call_schedule_manage: 'on_call_schedule.manage',
  /** The crisis-relevant part of a chart, for on-call and ACT staff, with a stated purpose. */
  client_crisis_view: 'client.crisis_view',
  /** Arrange who covers a case manager's caseload for a date range. */
  coverage_manage: 'coverage.manage',
} as const;
export type Action = (typeof Actions)[keyof typeof Actions];

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };

/** Roles that work with client records (clinical or case management). */
export const CLIENT_CARE_ROLES: readonly Role[] = [
  'supervisor',
  'case_manager',
  'clinician',
  'peer_specialist',
  'intake_coordinator',
];

/**
 * Roles that may hold a case as its primary case manager. Peer specialists, intake coordinators,
 * admins and privacy officers work alongside a primary, never as one.
 */
export const PRIMARY_CASE_MANAGER_ROLES: readonly Role[] = ['case_manager', 'clinician', 'supervisor'];

export const canBePrimaryCaseManager = (roles: readonly Role[]): boolean =>
  roles.some((r) => PRIMARY_CASE_MANAGER_ROLES.includes(r));

/** Roles that run the intake queue and enrol clients in programs. */
export const INTAKE_ROLES: readonly Role[] = ['intake_coordinator', 'supervisor'];

/**
 * How the actor stands to one client, gathered by the server in one query (DESIGN.md §3).
 * Every flag is about *this* staff member and *this* client.
 */
export interface ClientRelationship {
  /** On the active care team of an open episode, or on the shared team of the client's ACT program. */
  careTeam: boolean;
  /** Supervises a program the client has an episode in. */
  programSupervisor: boolean;
  /** On call for a program the client has an open episode in. */
  onCall: boolean;
  /** Registered the client before any enrolment, or holds the client's open intake. */
  intakeWork: boolean;
  /**
   * Was the primary case manager of an episode closed less than FORMER_WORKER_DAYS ago: may still
   * read the chart and write late entries and addenda of their own (not a standing relationship).
   */
  recentCase?: boolean;
  /**
   * On an on-call shift in force now for a program the client has an open episode in: opens the
   * crisis view only, not the whole chart (the standing `onCall` above still does).
   */
  onCallShift?: boolean;
  /**
   * Covers, today, for a case manager who is the client's primary or on the care team of an open
   * episode (a coverage in its date range): the whole chart, until the coverage ends.
   */
  covering?: boolean;
}

/** How long the worker who held a closed case can still read it and write late entries. */
export const FORMER_WORKER_DAYS = 30;

/**
 * How the actor stands to one episode, for the care-team actions (who holds the case and who
 * supervises its program); gathered by the server for that episode only.
 */
export interface EpisodeRelationship {
  /** The actor is the episode's current primary case manager. */
  primary: boolean;
  /** The actor supervises the episode's program. */
  programSupervisor: boolean;
}

/** The record an action is about, when there is one. */
export interface ClientResource {
  kind: 'client';
  organizationId: string;
  clientId: string;
  /** Required for chart actions: without it the policy refuses (fail closed). */
  relationship?: ClientRelationship;
  /** Required for the care-team actions (episode.change_primary, care_team.manage). */
  episode?: EpisodeRelationship;
}

function requireAnyRole(actor: Actor, roles: readonly Role[], reason: string): Decision {
  return actor.roles.some((r) => roles.includes(r)) ? ALLOW : { allowed: false, reason };
}

export function hasAnyRelationship(rel: ClientRelationship): boolean {
  return rel.careTeam || rel.programSupervisor || rel.onCall || rel.intakeWork || rel.covering === true;
}

/** A care role and a relationship to this client; search shows the rest only name, DOB and MRN. */
function requireChartAccess(actor: Actor, resource: ClientResource | undefined): Decision {
  const role = requireAnyRole(actor, CLIENT_CARE_ROLES, 'role_required:client_care');
  if (!role.allowed) return role;
  if (!resource?.relationship) return { allowed: false, reason: 'relationship_unknown' };
  return hasAnyRelationship(resource.relationship) ? ALLOW : { allowed: false, reason: 'not_on_care_team' };
}

/** The active relationship, or the former worker's window for their own late entries. */
function requireChartOrRecentCase(actor: Actor, resource: ClientResource | undefined): Decision {
  const chart = requireChartAccess(actor, resource);
  if (chart.allowed || chart.reason !== 'not_on_care_team') return chart;
  return resource?.relationship?.recentCase === true ? ALLOW : chart;
}

function requireProgramSupervisor(actor: Actor, resource: ClientResource | undefined): Decision {
  const role = requireAnyRole(actor, ['supervisor'], 'role_required:supervisor');
  if (!role.allowed) return role;
  if (!resource?.relationship) return { allowed: false, reason: 'relationship_unknown' };
  return resource.relationship.programSupervisor ? ALLOW : { allowed: false, reason: 'not_program_supervisor' };
}

/**
 * Least privilege on the care team: who holds the case (the primary, in a role that can be one) or
 * a supervisor of the episode's program. Other team members, peer specialists, intake
 * coordinators, on-call staff and admins without that standing are refused.
 */
function requireCaseHolderOrSupervisor(actor: Actor, resource: ClientResource | undefined): Decision {
  const chart = requireChartAccess(actor, resource);
  if (!chart.allowed) return chart;
  const episode = resource?.episode;
  if (!episode) return { allowed: false, reason: 'episode_relationship_unknown' };
  if (episode.programSupervisor && actor.roles.includes('supervisor')) return ALLOW;
  if (episode.primary && canBePrimaryCaseManager(actor.roles)) return ALLOW;
  return { allowed: false, reason: 'not_primary_or_supervisor' };
}

/**
 * The one access-policy function every route calls. Tenancy (other organisation -> 404)
 * is enforced by scoping queries; this decides what a member of the organisation may do.
 */
export function authorize(actor: Actor, action: Action, resource?: ClientResource): Decision {
  if (resource && resource.organizationId !== actor.organizationId) {
    return { allowed: false, reason: 'other_organization' };
  }
  switch (action) {
    case 'users.manage':
    case 'programs.manage':
    case 'org_settings.manage':
    case 'duplicates.review':
      return requireAnyRole(actor, ['admin'], 'role_required:admin');
    // The agency's follow-up settings (referral monitoring, crisis and discharge follow-up, the
    // post-transition period) go with it. On-call shifts: a supervisor only for the programs they
    // supervise (the service's per-program check).
    case 'program_staff.read':
    case 'referral_settings.manage':
    case 'hospitalization_settings.manage':
    case 'crisis_settings.manage':
    case 'transition_settings.manage':
    case 'reports.read':
    case 'on_call_schedule.manage':
    case 'coverage.manage':
      return requireAnyRole(actor, ['admin', 'supervisor'], 'role_required:admin_or_supervisor');
    case 'audit.read':
      return requireAnyRole(actor, ['admin', 'privacy_officer'], 'role_required:admin_or_privacy_officer');
    case 'programs.read':
    case 'instruments.use':
    case 'directory.read':
    case 'tasks.own':
      return actor.roles.length > 0 ? ALLOW : { allowed: false, reason: 'no_role' };
    case 'instruments.manage':
      return requireAnyRole(actor, ['admin'], 'role_required:admin');
    case 'directory.edit':
      return requireAnyRole(actor, ['admin', 'directory_editor'], 'role_required:admin_or_directory_editor');
    // Clearing a suicide-risk flag, overriding a tier, rating LOCUS: clinical judgement.
    case 'risk.clinical': {
      const role = requireAnyRole(actor, ['clinician'], 'role_required:clinician');
      return role.allowed ? requireChartAccess(actor, resource) : role;
    }
    case 'client.search':
    case 'client.register':
    case 'caseload.read_own':
      return requireAnyRole(actor, CLIENT_CARE_ROLES, 'role_required:client_care');
    case 'client.update':
    case 'episode.manage':
      return requireChartAccess(actor, resource);
    case 'episode.change_primary':
    case 'care_team.manage':
      return requireCaseHolderOrSupervisor(actor, resource);
    // Reading, and writing one's own late entries and addenda, stay open to the worker who held a
    // case for FORMER_WORKER_DAYS after it closed (the routes restrict that worker to their own).
    case 'client.read':
    case 'client.late_entry':
      return requireChartOrRecentCase(actor, resource);
    // On a current on-call shift for the client's program, or anyone who may read the chart.
    case 'client.crisis_view': {
      const role = requireAnyRole(actor, CLIENT_CARE_ROLES, 'role_required:client_care');
      if (!role.allowed) return role;
      if (resource?.relationship?.onCallShift === true) return ALLOW;
      return requireChartOrRecentCase(actor, resource);
    }
    case 'episode.enroll': {
      const role = requireAnyRole(actor, [...INTAKE_ROLES, 'case_manager'], 'role_required:intake_or_case_manager');
      return role.allowed ? requireChartAccess(actor, resource) : role;
    }
    case 'intake.work':
      return requireAnyRole(actor, INTAKE_ROLES, 'role_required:intake');
    // Matching anyone in the organisation by a name alone, a date of birth, a phone or an
    // identifier: those who take referrals and enrol (the caller gives whatever they have). Other
    // care staff match such text among their own clients only; anyone else by MRN or name + DOB.
    case 'client.search_org_wide':
      return requireAnyRole(actor, INTAKE_ROLES, 'role_required:intake');
    case 'caseload.supervise':
      return requireAnyRole(actor, ['supervisor'], 'role_required:supervisor');
    // Approving a plan, co-signing a note, signing off a lost-contact closure: a supervisor of a
    // program the client is in.
    case 'care_plan.approve':
    case 'note.cosign':
    case 'episode.closure_signoff':
      return requireProgramSupervisor(actor, resource);
  }
}
