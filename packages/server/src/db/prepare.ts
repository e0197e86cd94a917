import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Logger } from 'pino';
import { appRoleMessage, appRoleProblems } from './app-role-check.js';
import type { Database, Db } from './database.js';
import { runMigrations } from './migrate.js';
import { canCreateRoles, ensureRoles, missingRoles, SETUP_ROLES_COMMAND } from './roles.js';

export class LeastPrivilegeError extends Error {}

/** Runs `fn` on a short-lived pool connected as the owner. */
export async function withOwnerPool<T>(database: Database, fn: (pool: pg.Pool, db: Db) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: database.ownerConnectionString, max: 2, application_name: 'careloop' });
  try {
    return await fn(pool, drizzle(pool));
  } finally {
    await pool.end();
  }
}

/** The owner makes any missing roles it can; otherwise the message names the setup command. */
async function ownerEnsuresRoles(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    const missing = await missingRoles(client);
    if (missing.length === 0) return;
    if (!(await canCreateRoles(client))) {
      throw new LeastPrivilegeError(
        `Database roles missing: ${missing.join(', ')}. Create them with: ${SETUP_ROLES_COMMAND}`,
      );
    }
    const me = await client.query<{ u: string }>('select current_user as u');
    await ensureRoles(client, { ownerRole: me.rows[0]?.u });
  } finally {
    client.release();
  }
}

/**
 * As the owner: roles, then migrations. Then checks the app's own role: a superuser or table
 * owner is refused in production (named, with the setup command) and warned about otherwise.
 */
export async function prepareDatabase(database: Database, logger: Logger, production: boolean): Promise<void> {
  await withOwnerPool(database, async (pool) => {
    await ownerEnsuresRoles(pool);
    await runMigrations(pool);
  });
  const problems = await appRoleProblems(database.pool);
  if (problems.length === 0) return;
  if (production) throw new LeastPrivilegeError(appRoleMessage(problems));
  logger.warn({ problems }, appRoleMessage(problems));
}
