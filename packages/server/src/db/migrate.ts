import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import { prepareJobSchema } from './job-schema.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 727274000;

/**
 * Applies pending migrations and hands the job queue's schema to the app role; run it as the
 * owner. The advisory lock lets several instances start at once.
 */
export async function runMigrations(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
      await prepareJobSchema(client);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

export function expectedMigrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** True when the database has every migration this build ships. */
export async function isMigrated(pool: pg.Pool, expected: number): Promise<boolean> {
  const res = await pool.query<{ n: string }>(`select count(*)::text as n from drizzle.__drizzle_migrations`);
  return Number(res.rows[0]?.n ?? 0) >= expected;
}
