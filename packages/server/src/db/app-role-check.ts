import type pg from 'pg';
import { DB_ROLES, SETUP_ROLES_COMMAND } from './roles.js';

/**
 * What is wrong with the role the app connects as, for least privilege: empty when it is neither
 * superuser nor owner, cannot rewrite the audit log and cannot purge signed notes.
 */
export async function appRoleProblems(pool: pg.Pool): Promise<string[]> {
  const res = await pool.query<{
    role: string;
    superuser: boolean;
    owns_tables: boolean;
    audit_writable: boolean;
    purge_member: boolean;
    creates_in_public: boolean;
  }>(
    `select current_user as role,
            r.rolsuper as superuser,
            exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p')
                      and pg_has_role(current_user, c.relowner, 'USAGE')) as owns_tables,
            coalesce(has_table_privilege('public.audit_events', 'UPDATE')
                     or has_table_privilege('public.audit_events', 'DELETE')
                     or has_table_privilege('public.audit_events', 'TRUNCATE'), false) as audit_writable,
            coalesce((select pg_has_role(current_user, oid, 'MEMBER') from pg_roles where rolname = $1), false)
              as purge_member,
            has_schema_privilege('public', 'CREATE') as creates_in_public
     from pg_roles r where r.rolname = current_user`,
    [DB_ROLES.purge],
  );
  const row = res.rows[0];
  if (!row) return ['the connected role was not found'];
  const problems: string[] = [];
  if (row.superuser) problems.push(`the app connects as ${row.role}, a superuser`);
  if (row.owns_tables) problems.push(`the app connects as ${row.role}, which owns the tables`);
  if (row.audit_writable && !row.superuser && !row.owns_tables)
    problems.push(`${row.role} may UPDATE, DELETE or TRUNCATE audit_events`);
  if (row.purge_member && !row.superuser) problems.push(`${row.role} is a member of ${DB_ROLES.purge}`);
  if (row.creates_in_public && !row.superuser && !row.owns_tables)
    problems.push(`${row.role} may create objects in schema public (revoke create on schema public from public)`);
  return problems;
}

export function appRoleMessage(problems: readonly string[]): string {
  return (
    `Least privilege: ${problems.join('; ')}. Connect the app as ${DB_ROLES.app} (DATABASE_URL) and run ` +
    `migrations as the owner (DATABASE_OWNER_URL); create the roles with: ${SETUP_ROLES_COMMAND}`
  );
}
