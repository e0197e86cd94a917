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
  client_search: 'client.search',
  client_register: 'client.register',
  client_read: 'client.read',
  client_update: 'client.update',
  duplicates_review: 'duplicates.review',
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

/** The record an action is about, when there is one. */
export interface ClientResource {
  kind: 'client';
  organizationId: string;
  clientId: string;
}

function requireAnyRole(actor: Actor, roles: readonly Role[], reason: string): Decision {
  return actor.roles.some((r) => roles.includes(r)) ? ALLOW : { allowed: false, reason };
}

/**
 * The one access-policy function every route calls. Tenancy (other organisation -> 404)
 * is enforced by scoping queries; this decides what a member of the organisation may do.
 * Client-record rules (care team, consent, break-the-glass) extend this in later modules.
 */
export function authorize(actor: Actor, action: Action, resource?: ClientResource): Decision {
  if (resource && resource.organizationId !== actor.organizationId) {
    return { allowed: false, reason: 'other_organization' };
  }
  switch (action) {
    case 'users.manage':
      return requireAnyRole(actor, ['admin'], 'role_required:admin');
    case 'audit.read':
      return requireAnyRole(actor, ['admin', 'privacy_officer'], 'role_required:admin_or_privacy_officer');
    case 'programs.read':
      return actor.roles.length > 0 ? ALLOW : { allowed: false, reason: 'no_role' };
    // For now any care role in the organisation; the care-team rules (issue 03) narrow these.
    case 'client.search':
    case 'client.register':
    case 'client.read':
    case 'client.update':
      return requireAnyRole(actor, CLIENT_CARE_ROLES, 'role_required:client_care');
    case 'duplicates.review':
      return requireAnyRole(actor, ['admin'], 'role_required:admin');
  }
}
