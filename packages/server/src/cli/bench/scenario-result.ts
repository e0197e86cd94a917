/** One scenario's measurements in a bench report. */
export interface ScenarioResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Read scenarios: p95 of the same reads as raw SQL at the same concurrency. */
  sqlP95?: number;
  apiMinusSqlP95?: number;
  /** Read scenarios, one user: API p95, SQL p95, and the difference (what the application adds). */
  singleUser?: { apiP95: number; sqlP95: number; overheadP95: number };
  requests: number;
  connections: number;
  seconds: number;
  /** Answers other than the scenario's normal ones (errors), and 409s met by concurrent saves. */
  unexpected: number;
  conflicts: number;
  /** Responses by HTTP status ("0": no response: socket error or timeout). */
  statuses: Record<string, number>;
}
