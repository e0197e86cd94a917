import type { OrganizationPlan } from './shape.js';

/** The staff the benchmark signs in as: emails only, the password is the bench password. */
export interface BenchLogins {
  /** Supportive-program case managers (~40 clients each), alternating across teams and agencies. */
  caseManagers: string[];
  /** Program supervisors, the largest teams (~15 case managers) first. */
  supervisors: string[];
}

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]!);
  return out;
}

export function benchLogins(organizations: readonly OrganizationPlan[]): BenchLogins {
  const emailOf = new Map(organizations.flatMap((o) => o.staff.map((s) => [s.id, s.email] as const)));
  const programs = organizations.flatMap((o) => o.programs);
  const supportive = programs.filter((p) => p.model === 'supportive');
  const caseManagers = interleave(supportive.map((p) => p.caseManagerIds.map((id) => emailOf.get(id)!)));
  const supervisors = [...programs]
    .sort((a, b) => b.caseManagerIds.length - a.caseManagerIds.length)
    .map((p) => emailOf.get(p.supervisorId)!);
  return { caseManagers, supervisors };
}
