// `npm run datagen -- --profile smoke|county|state [--clients N] [--seed S] [--password P]
//   [--database-url URL | --data-dir DIR] [--reset]`: synthetic data for the benchmark.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../../db/database.js';
import { createLogger } from '../../logger.js';
import { prepareDatabase, withOwnerPool } from '../../db/prepare.js';
import { hashPassword } from '../../modules/users/password-hash.js';
import { generate } from './generate.js';
import { benchLogins } from './logins.js';
import { DEFAULT_SEED, PROFILE_NAMES, PROFILES, type ProfileName } from './profiles.js';
import { benchPassword } from './password.js';
import { benchTarget, describeTarget, openTarget } from './target.js';

const { values: args } = parseArgs({
  options: {
    profile: { type: 'string', default: 'smoke' },
    clients: { type: 'string' },
    seed: { type: 'string', default: DEFAULT_SEED },
    password: { type: 'string' },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    reset: { type: 'boolean', default: false },
    batch: { type: 'string', default: '2000' },
    now: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const profile = args.profile as ProfileName;
if (!PROFILE_NAMES.includes(profile)) fail(`Unknown profile "${args.profile}": use ${PROFILE_NAMES.join(', ')}.`);
const clients = args.clients ? Number(args.clients) : PROFILES[profile].clients;
if (!Number.isInteger(clients) || clients < 1) fail('--clients must be a positive whole number.');
const now = args.now ? new Date(args.now) : new Date();
if (Number.isNaN(now.getTime())) fail('--now must be an ISO date-time.');
const target = benchTarget(profile, args['database-url'], args['data-dir']);

const started = Date.now();
let database: Database | undefined;
// Ctrl-C: stop the embedded PostgreSQL rather than leave it running.
const interrupt = () => void (database?.close() ?? Promise.resolve()).finally(() => process.exit(130));
process.once('SIGINT', interrupt);
process.once('SIGTERM', interrupt);
try {
  // A bench directory of its own is always loaded fresh; an external database only with --reset.
  database = await openTarget(target, target.kind === 'embedded' || args.reset);
  await prepareDatabase(database, createLogger(process.env.LOG_LEVEL ?? 'warn'), false);
  const existing = await database.pool.query<{ n: number }>('select count(*)::int as n from organizations');
  if ((existing.rows[0]?.n ?? 0) > 0) {
    throw new Error(
      'the database already holds organisations: pass --reset to empty it first (this deletes everything).',
    );
  }
  console.log(
    `Generating the ${profile} profile (${clients.toLocaleString('en-US')} clients) into ${describeTarget(target)}…`,
  );
  const passwordHash = await hashPassword(benchPassword(args.password));
  const result = await generate(
    database.pool,
    { profile, clients, seed: args.seed, now, batchClients: Number(args.batch) },
    passwordHash,
    (line) => console.log(`  ${line}`),
  );
  const analyzed = Date.now();
  await withOwnerPool(database, (owner) => owner.query('vacuum analyze')); // only the owner may vacuum
  console.log(`  vacuum analyze · ${((Date.now() - analyzed) / 1000).toFixed(1)} s`);
  const total = [...result.rows.values()].reduce((s, v) => s + v, 0);
  for (const [table, n] of result.rows) console.log(`  ${table.padEnd(24)} ${n.toLocaleString('en-US').padStart(12)}`);
  console.log(`  ${'total'.padEnd(24)} ${total.toLocaleString('en-US').padStart(12)}`);
  const file = path.resolve('bench', `.datagen-${profile}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const logins = benchLogins(result.organizations);
  const summary = {
    profile,
    seed: args.seed,
    clients,
    generatedAt: new Date().toISOString(),
    dataNow: now,
    rows: total,
    ...logins,
  };
  fs.writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
  console.log(
    `Loaded ${total.toLocaleString('en-US')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
      `Bench sign-ins (emails only) in ${path.relative(process.cwd(), file)}.`,
  );
} catch (err) {
  console.error(`datagen failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database?.close();
}
