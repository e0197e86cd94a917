/** A plan's link from goals back to the needs the assessment found actionable (rated 2 or 3). */
export interface CoverageInput {
  actionableDomains: readonly string[];
  goals: readonly { needDomains: readonly string[] }[];
  deferred: readonly { domain: string; reason: string }[];
}

export interface Coverage {
  covered: string[];
  deferred: string[];
  /** Actionable needs neither addressed by a goal nor deferred with a reason: the plan cannot be signed. */
  missing: string[];
}

/** Every actionable need must be addressed by a goal or deferred with a reason. */
export function needsCoverage(input: CoverageInput): Coverage {
  const byGoal = new Set(input.goals.flatMap((g) => g.needDomains));
  const deferred = new Set(input.deferred.filter((d) => d.reason.trim() !== '').map((d) => d.domain));
  const covered = input.actionableDomains.filter((d) => byGoal.has(d));
  const deferredOnly = input.actionableDomains.filter((d) => !byGoal.has(d) && deferred.has(d));
  const missing = input.actionableDomains.filter((d) => !byGoal.has(d) && !deferred.has(d));
  return { covered, deferred: deferredOnly, missing };
}
