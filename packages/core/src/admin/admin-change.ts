import { z } from 'zod';
import { ROLE_LIST, type Role } from '../auth/roles.js';
import { ProgramStaffRoles } from '../episodes/episode-fields.js';

/**
 * An admin's change to their own standing: raising their own roles, or staffing themself into a
 * program (which opens that program's charts). Such a change waits for a second admin; in an
 * organisation with one admin it applies at once and the privacy officer is alerted (DESIGN.md §3).
 */
export const AdminChangeKinds = ['role_raise', 'program_staffing'] as const;
export type AdminChangeKind = (typeof AdminChangeKinds)[number];

/** pending -> approved | rejected; `applied_alerted` was applied at once (single admin) and reported. */
export const AdminChangeStatuses = ['pending', 'approved', 'rejected', 'applied_alerted'] as const;
export type AdminChangeStatus = (typeof AdminChangeStatuses)[number];

/** The roles a self-edit would add (empty: not a raise, it applies as usual). */
export function addedRoles(current: readonly Role[], next: readonly Role[]): Role[] {
  return [...new Set(next)].filter((r) => !current.includes(r));
}

/** What happens to a self-raise: a second admin approves it, or (none exists) it applies and alerts. */
export function selfChangeRoute(otherActiveAdmins: number): 'await_second_admin' | 'apply_and_alert' {
  return otherActiveAdmins > 0 ? 'await_second_admin' : 'apply_and_alert';
}

/** Why a decision on a pending change is refused, or null when the decider may decide it. */
export function decisionProblem(
  change: { status: AdminChangeStatus; requestedById: string },
  deciderId: string,
): 'not_pending' | 'own_request' | null {
  if (change.status !== 'pending') return 'not_pending';
  return change.requestedById === deciderId ? 'own_request' : null;
}

export const adminChangeView = z.object({
  id: z.uuid(),
  kind: z.enum(AdminChangeKinds),
  status: z.enum(AdminChangeStatuses),
  requestedById: z.uuid(),
  requestedByName: z.string(),
  /** role_raise: the roles it adds (a self-edit's removals apply at once). */
  roles: z.array(z.enum(ROLE_LIST)).nullable(),
  /** program_staffing: the program and the standing asked for. */
  programId: z.uuid().nullable(),
  programName: z.string().nullable(),
  staffRole: z.enum(ProgramStaffRoles).nullable(),
  createdAt: z.string(),
  decidedById: z.uuid().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type AdminChangeView = z.infer<typeof adminChangeView>;

export const adminChangeListQuery = z.object({
  status: z.enum(['pending', 'all']).default('pending'),
});

export const decideAdminChangeBody = z.object({ version: z.number().int().positive() });
export type DecideAdminChangeBody = z.infer<typeof decideAdminChangeBody>;
