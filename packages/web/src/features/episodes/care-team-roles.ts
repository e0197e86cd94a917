import { CareTeamRoles, EXTERNAL_ONLY_ROLES, type CareTeamRole } from '@careloop/core';

export type MemberKind = 'staff' | 'external';

/**
 * The roles offered when adding a member. The primary case manager changes by reassignment, never
 * here; roles only people outside the agency hold (primary care provider, family) are offered for
 * external members only, and first, as they are what an external member usually is.
 */
export function teamRoleChoices(kind: MemberKind): CareTeamRole[] {
  const roles = CareTeamRoles.filter((r) => r !== 'primary_case_manager');
  switch (kind) {
    case 'staff':
      return roles.filter((r) => !EXTERNAL_ONLY_ROLES.includes(r));
    case 'external':
      return [
        ...roles.filter((r) => EXTERNAL_ONLY_ROLES.includes(r)),
        ...roles.filter((r) => !EXTERNAL_ONLY_ROLES.includes(r)),
      ];
  }
}
