import type { Role } from '@careloop/core';

/**
 * Where each role does its daily work. Someone with several roles lands on the first match: the
 * order puts the page that needs attention soonest first (supervision before intake before caseload).
 */
const HOMES = [
  { roles: ['supervisor'], path: '/supervision' },
  { roles: ['intake_coordinator'], path: '/intake' },
  { roles: ['case_manager', 'clinician', 'peer_specialist'], path: '/caseload' },
  { roles: ['admin'], path: '/admin/users' },
  { roles: ['privacy_officer'], path: '/admin/audit' },
  { roles: ['directory_editor'], path: '/directory' },
] as const satisfies readonly { roles: readonly Role[]; path: string }[];

const FALLBACK = '/caseload';

/** The page a signed-in user starts on (the index route and sign-in without a deep link). */
export function homePath(roles: readonly Role[]): string {
  return HOMES.find((home) => home.roles.some((role) => roles.includes(role)))?.path ?? FALLBACK;
}
