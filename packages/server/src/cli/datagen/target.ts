import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { openDatabase, type Database } from '../../db/database.js';
import { createLogger } from '../../logger.js';
import type { ProfileName } from './profiles.js';

/** Where a profile's data lives: an external PostgreSQL, or its own embedded one under ./data. */
export type BenchTarget = { kind: 'external'; databaseUrl: string } | { kind: 'embedded'; dataDir: string };

export function benchTarget(profile: ProfileName, databaseUrl?: string, dataDir?: string): BenchTarget {
  const url = databaseUrl ?? process.env.DATABASE_URL;
  if (url) return { kind: 'external', databaseUrl: url };
  // Never the app's own ./data: a bench load replaces its directory wholesale.
  return { kind: 'embedded', dataDir: path.resolve(dataDir ?? path.join('data', `bench-${profile}`)) };
}

/** The environment a server (or this CLI) needs to reach the target. */
export function targetEnv(target: BenchTarget): Record<string, string> {
  return target.kind === 'external' ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: target.dataDir };
}

export function describeTarget(target: BenchTarget): string {
  // The URL may carry a password: name the host and database only.
  if (target.kind === 'embedded') return `embedded PostgreSQL in ${path.relative(process.cwd(), target.dataDir)}`;
  const u = new URL(target.databaseUrl);
  return `PostgreSQL at ${u.host}${u.pathname}`;
}

/** Opens the target (starting the embedded PostgreSQL if that is the target); `fresh` empties it first. */
export async function openTarget(target: BenchTarget, fresh = false, poolMax = 10): Promise<Database> {
  if (target.kind === 'embedded') {
    if (fresh) fs.rmSync(target.dataDir, { recursive: true, force: true });
    // The parent must be searchable: as root the embedded PostgreSQL runs as its own user.
    const parent = path.dirname(target.dataDir);
    fs.mkdirSync(parent, { recursive: true, mode: 0o711 });
    const mode = fs.statSync(parent).mode;
    if ((mode & 0o011) !== 0o011) fs.chmodSync(parent, (mode & 0o777) | 0o011);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...targetEnv(target), DATABASE_POOL_MAX: String(poolMax) };
  if (target.kind === 'embedded') delete env.DATABASE_URL;
  const database = await openDatabase(loadConfig(env), createLogger(process.env.LOG_LEVEL ?? 'warn'));
  if (fresh && target.kind === 'external') {
    // Everything the app's migrations and job runner create, so they run again from scratch.
    await database.pool.query('drop schema if exists public cascade; drop schema if exists drizzle cascade');
    await database.pool.query('drop schema if exists pgboss cascade; create schema public');
  }
  return database;
}
