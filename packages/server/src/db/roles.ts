import type pg from 'pg';

/** The database roles Careloop runs with; cluster-wide, so made here rather than in a migration. */
export const DB_ROLES = {
  /** The app's login: reads and writes tables, only INSERT/SELECT on audit_events, owns nothing. */
  app: 'careloop_app',
  /** Owns the SECURITY DEFINER function that fills audit chain columns; cannot log in. */
  sealer: 'careloop_sealer',
  /** Membership lets a transaction purge signed notes (the demo reset); cannot log in. */
  purge: 'careloop_purge',
} as const;

export const SETUP_ROLES_COMMAND = 'npm run db:setup-roles -- <admin-url>';

export interface EnsureRolesOptions {
  /** Sets careloop_app's password and lets it log in; without it a new careloop_app is NOLOGIN. */
  appPassword?: string;
  /** The role that runs migrations; it is made a member of the roles it hands objects to. */
  ownerRole?: string;
}

const RACED = new Set(['23505', 'XX000', '40001']); // raced another setup / tuple concurrently updated

async function tolerant(client: pg.ClientBase, text: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(text);
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === '42710') return; // already exists
      // Two setups at once (parallel test runs on one cluster) may race; the end state is the same.
      if (!RACED.has(code) || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
    }
  }
}

/** Whether the connected role may create roles (superuser or CREATEROLE). */
export async function canCreateRoles(client: pg.ClientBase): Promise<boolean> {
  const res = await client.query<{ ok: boolean }>(
    'select (rolsuper or rolcreaterole) as ok from pg_roles where rolname = current_user',
  );
  return res.rows[0]?.ok === true;
}

export async function missingRoles(client: pg.ClientBase): Promise<string[]> {
  const names = Object.values(DB_ROLES);
  const res = await client.query<{ rolname: string }>('select rolname from pg_roles where rolname = any($1)', [names]);
  const found = new Set(res.rows.map((r) => r.rolname));
  return names.filter((n) => !found.has(n));
}

/**
 * Creates the missing roles and grants the owner the memberships migrations need (to hand the
 * sealer function to careloop_sealer, to purge in the demo reset). Needs superuser or CREATEROLE;
 * idempotent.
 */
export async function ensureRoles(client: pg.ClientBase, options: EnsureRolesOptions = {}): Promise<void> {
  const id = (n: string) => client.escapeIdentifier(n);
  const missing = new Set(await missingRoles(client));
  const safe = 'nosuperuser nocreatedb nocreaterole noreplication nobypassrls';
  if (missing.has(DB_ROLES.app)) await tolerant(client, `create role ${id(DB_ROLES.app)} nologin ${safe}`);
  if (missing.has(DB_ROLES.sealer)) await tolerant(client, `create role ${id(DB_ROLES.sealer)} nologin ${safe}`);
  if (missing.has(DB_ROLES.purge)) await tolerant(client, `create role ${id(DB_ROLES.purge)} nologin ${safe}`);
  if (options.appPassword !== undefined) {
    await tolerant(
      client,
      `alter role ${id(DB_ROLES.app)} login ${safe} password ${client.escapeLiteral(options.appPassword)}`,
    );
  }
  const owner = options.ownerRole;
  if (owner) {
    const su = await client.query<{ s: boolean }>('select rolsuper as s from pg_roles where rolname = $1', [owner]);
    if (su.rows[0] && !su.rows[0].s) {
      for (const role of [DB_ROLES.app, DB_ROLES.sealer, DB_ROLES.purge]) {
        await tolerant(client, `grant ${id(role)} to ${id(owner)}`);
      }
    }
  }
}
