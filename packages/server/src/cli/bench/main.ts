// `npm run bench -- --profile smoke|county|state [--database-url URL | --data-dir DIR]
//   [--seconds S] [--warmup S] [--soak-seconds S] [--scenarios a,b] [--pool N] [--no-jobs]
//   [--label TEXT] [--server-log FILE] [--cpu-prof DIR]`
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../../db/database.js';
import { benchPassword } from '../datagen/password.js';
import { PROFILE_NAMES, type ProfileName } from '../datagen/profiles.js';
import { benchTarget, describeTarget, openTarget, targetEnv } from '../datagen/target.js';
import { loadFixtures } from './fixtures.js';
import { currentCommit, describeMachine } from './machine.js';
import { writeReport, type BenchReport } from './report.js';
import { runScenario } from './run-scenario.js';
import { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from './scenarios.js';
import { startServer, type ServerProcess } from './server-process.js';
import { signInAll } from './sessions.js';
import { waitForStartupJobs } from './startup-jobs.js';
import type { UserPool } from './users.js';

// Per profile: seconds per scenario, warm-up, and the mixed (soak) run's length.
const TIMING: Record<ProfileName, { seconds: number; warmup: number; soak: number }> = {
  smoke: { seconds: 6, warmup: 3, soak: 20 },
  county: { seconds: 30, warmup: 20, soak: 300 },
  state: { seconds: 30, warmup: 30, soak: 120 },
};

const { values: args } = parseArgs({
  options: {
    profile: { type: 'string', default: 'smoke' },
    password: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    seconds: { type: 'string' },
    warmup: { type: 'string' },
    'soak-seconds': { type: 'string' },
    scenarios: { type: 'string' },
    connections: { type: 'string', default: '20' },
    'mixed-connections': { type: 'string', default: '50' },
    pool: { type: 'string', default: '10' },
    'log-level': { type: 'string', default: 'warn' },
    'no-jobs': { type: 'boolean', default: false },
    'server-log': { type: 'string' },
    label: { type: 'string' },
    'cpu-prof': { type: 'string' },
  },
});

const profile = args.profile as ProfileName;
if (!PROFILE_NAMES.includes(profile)) {
  console.error(`Unknown profile "${args.profile}": use ${PROFILE_NAMES.join(', ')}.`);
  process.exit(2);
}
const num = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Number(v));
const timing = {
  seconds: num(args.seconds, TIMING[profile].seconds),
  warmup: num(args.warmup, TIMING[profile].warmup),
  soak: num(args['soak-seconds'], TIMING[profile].soak),
};
const connections = { single: Number(args.connections), mixed: Number(args['mixed-connections']) };
const poolMax = Number(args.pool);
const jobs = !args['no-jobs'];
const chosen = (args.scenarios?.split(',') ?? SCENARIO_NAMES) as ScenarioName[];
const unknown = chosen.filter((s) => !SCENARIO_NAMES.includes(s));
if (unknown.length) {
  console.error(`Unknown scenario(s) ${unknown.join(', ')}: use ${SCENARIO_NAMES.join(', ')}.`);
  process.exit(2);
}
const loginsFile = path.resolve('bench', `.datagen-${profile}.json`);
if (!fs.existsSync(loginsFile)) {
  console.error(
    `No ${path.relative(process.cwd(), loginsFile)}: run \`npm run datagen -- --profile ${profile}\` first.`,
  );
  process.exit(2);
}
const logins = JSON.parse(fs.readFileSync(loginsFile, 'utf8')) as { caseManagers: string[]; supervisors: string[] };
const password = benchPassword(args.password);
const target = benchTarget(profile, args['database-url'], args['data-dir']);

let database: Database | undefined;
let server: ServerProcess | undefined;
// Ctrl-C: stop the server and the embedded PostgreSQL rather than leave them running.
const interrupt = () => {
  console.error('Interrupted: stopping the server and the database.');
  void (server?.stop() ?? Promise.resolve()).then(() => database?.close()).finally(() => process.exit(130));
};
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);
try {
  // This process opens the database first (and so owns an embedded one); the server shares it.
  database = await openTarget(target, false, poolMax);
  console.log(`Benchmarking the ${profile} profile on ${describeTarget(target)}.`);
  const serverStarted = new Date();
  server = await startServer(
    {
      ...targetEnv(target),
      CARELOOP_SEED: 'none',
      // The login throttle would refuse the benchmark's burst of sign-ins from one address.
      RATE_LIMIT_ENABLED: 'false',
      LOG_LEVEL: args['log-level'],
      DATABASE_POOL_MAX: String(poolMax),
      JOBS_ENABLED: String(jobs),
    },
    { logFile: args['server-log'], cpuProfileDir: args['cpu-prof'] },
  );
  console.log(`  server (production mode) at ${server.url}, RSS ${server.rssMiB()} MiB`);
  if (jobs) {
    const waited = await waitForStartupJobs(database.pool, serverStarted, 1800);
    if (waited !== null) console.log(`  startup background sweeps finished after ${waited.toFixed(1)} s`);
  }
  const fixtures = await loadFixtures(database.pool, {
    caseManagers: logins.caseManagers.slice(0, Math.max(connections.single, connections.mixed)),
    supervisors: logins.supervisors.slice(0, connections.single),
  });
  if (!fixtures.caseManagers.length || !fixtures.supervisors.length) {
    throw new Error('the generated staff were not found in this database: run datagen for this profile again');
  }
  const emails = [...fixtures.caseManagers, ...fixtures.supervisors].map((u) => u.email);
  const sessions = await signInAll(server.url, emails, password);
  console.log(`  signed in ${sessions.size} users`);
  const users: UserPool = { fixtures, sessions };
  const base = { url: server.url, db: database.db, users, connections };

  if (timing.warmup > 0) {
    await runScenario({ ...base, scenario: SCENARIOS.mixed_70_30, seconds: timing.warmup, sql: false });
    console.log(`  warmed up for ${timing.warmup} s`);
  }
  const report: BenchReport = {
    profile,
    commit: currentCommit(),
    scenarios: {},
    date: new Date().toISOString(),
    machine: await describeMachine(database.pool),
    settings: { poolMax, jobs, logLevel: args['log-level'], seconds: timing.seconds, warmupSeconds: timing.warmup },
    ...(args.label ? { label: args.label } : {}),
  };
  for (const name of chosen) {
    const mixed = name === 'mixed_70_30';
    const rssStart = server.rssMiB();
    const result = await runScenario({
      ...base,
      scenario: SCENARIOS[name],
      seconds: mixed ? timing.soak : timing.seconds,
      sql: true,
    });
    if (mixed) report.rssMiB = { start: rssStart, end: server.rssMiB(), soakSeconds: timing.soak };
    report.scenarios[name] = result;
    const one = result.singleUser;
    const sql =
      result.sqlP95 === undefined
        ? ''
        : ` · SQL p95 ${result.sqlP95}` +
          (one ? ` · 1 user: API ${one.apiP95} / SQL ${one.sqlP95} / added ${one.overheadP95}` : '');
    console.log(
      `  ${name.padEnd(22)} p50 ${result.p50} · p95 ${result.p95} · p99 ${result.p99} ms · ${result.rps} req/s${sql}` +
        (result.unexpected ? ` · ${result.unexpected} errors ${JSON.stringify(result.statuses)}` : '') +
        (result.conflicts ? ` · ${result.conflicts} conflicts (409)` : ''),
    );
  }
  if (report.rssMiB) console.log(`  server RSS ${report.rssMiB.start} → ${report.rssMiB.end} MiB over the mixed run`);
  // Only a full, unlabelled run replaces latest.json and the plot; others just add their section.
  const full = !args.label && chosen.length === SCENARIO_NAMES.length;
  const files = await writeReport(report, process.cwd(), full);
  console.log(`Wrote ${files.map((f) => path.relative(process.cwd(), f)).join(', ')}.`);
} catch (err) {
  console.error(`bench failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await server?.stop();
  await database?.close();
}
