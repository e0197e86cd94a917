/** One client on a staff member's caseload, by the cap of the program the client is in. */
export interface LoadItem {
  caseloadCap: number;
}

export interface CaseloadLoad {
  clients: number;
  /** Share of a full caseload used: each client counts 1/cap of its program (10 ACT clients = 1.0). */
  weightedLoad: number;
  /** weightedLoad as a whole percentage, for display. */
  percentOfCap: number;
  overCap: boolean;
}

/**
 * Caseload weighted by intensity: an ICM client (cap 18) takes more of a worker than a supportive
 * one (cap 45). Mixed caseloads compare against one full-time capacity.
 */
export function caseloadLoad(items: readonly LoadItem[]): CaseloadLoad {
  const weightedLoad = items.reduce((sum, i) => sum + 1 / Math.max(1, i.caseloadCap), 0);
  const percentOfCap = Math.round(weightedLoad * 100);
  return { clients: items.length, weightedLoad, percentOfCap, overCap: weightedLoad > 1 + 1e-9 };
}
