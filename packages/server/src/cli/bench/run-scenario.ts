import type { Db } from '../../db/database.js';
import { runHttpLoad, type LoadResult } from './http-load.js';
import { percentiles } from './percentiles.js';
import type { ScenarioResult } from './report.js';
import type { Scenario } from './scenarios.js';
import { runSqlLoad } from './sql-load.js';
import type { UserPool } from './users.js';

const round = (ms: number) => Math.round(ms * 100) / 100;

interface RunOptions {
  url: string;
  db: Db;
  users: UserPool;
  scenario: Scenario;
  connections: { single: number; mixed: number };
  seconds: number;
  /** Also time the read scenario's SQL twin (and the single-user pair). */
  sql: boolean;
}

function http(options: RunOptions, connections: number, seconds: number): Promise<LoadResult> {
  return runHttpLoad({
    url: options.url,
    connections,
    seconds,
    userFor: (i) => options.scenario.user(options.users, i),
  });
}

function sqlTwin(options: RunOptions, concurrency: number, seconds: number) {
  const { scenario, users, db } = options;
  const twin = scenario.sql?.bind(scenario);
  if (!twin) throw new Error(`${scenario.name} has no SQL twin`);
  return runSqlLoad({ concurrency, seconds, work: (i, k) => twin(db, users, i, k) });
}

/**
 * One scenario over HTTP at its concurrency. A read scenario also runs its SQL twin at the same
 * concurrency (sqlP95), and then both with one user: under saturation both sides are mostly
 * queueing, so what the application adds per request is read from the single-user pair.
 */
export async function runScenario(options: RunOptions): Promise<ScenarioResult> {
  const { scenario } = options;
  await scenario.prepare?.(options.db, options.users);
  const connections = options.connections[scenario.connections];
  const load = await http(options, connections, options.seconds);
  let unexpected = load.errors;
  let conflicts = 0;
  for (const [status, n] of load.statuses) {
    if (status === 409) conflicts += n;
    if (!scenario.ok.includes(status)) unexpected += n;
  }
  const result: ScenarioResult = {
    ...percentiles(load.latencies),
    rps: load.rps,
    requests: load.latencies.length,
    connections,
    seconds: Math.round(load.seconds * 10) / 10,
    unexpected,
    conflicts,
    statuses: Object.fromEntries([...load.statuses].map(([k, v]) => [String(k), v])),
  };
  if (load.errors) result.statuses['0'] = load.errors;
  if (!options.sql || !scenario.sql) return result;

  const sql = await sqlTwin(options, connections, Math.min(options.seconds, 15));
  result.sqlP95 = percentiles(sql.latencies).p95;
  result.apiMinusSqlP95 = round(result.p95 - result.sqlP95);
  const alone = Math.min(10, Math.max(2, options.seconds / 2));
  const api1 = percentiles((await http(options, 1, alone)).latencies).p95;
  const sql1 = percentiles((await sqlTwin(options, 1, alone)).latencies).p95;
  result.singleUser = { apiP95: api1, sqlP95: sql1, overheadP95: round(api1 - sql1) };
  return result;
}
