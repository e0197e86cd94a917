import PgBoss from 'pg-boss';
import type pg from 'pg';
import { DB_ROLES } from './roles.js';

const SCHEMA = 'pgboss';

/**
 * pg-boss keeps its queues in its own schema and, at run time, creates partitions and upgrades
 * its tables, which takes ownership. The app role gets that schema (job bookkeeping, no client
 * data) and nothing else; the owner installs it, since creating a schema needs database CREATE.
 */
export async function prepareJobSchema(owner: pg.ClientBase): Promise<void> {
  const installed = await owner.query<{ t: string | null }>(`select to_regclass($1) as t`, [`${SCHEMA}.version`]);
  if (!installed.rows[0]?.t) {
    try {
      await owner.query(PgBoss.getConstructionPlans(SCHEMA));
    } catch (err) {
      // Another instance installed it at the same moment: its tables are there now.
      const again = await owner.query<{ t: string | null }>(`select to_regclass($1) as t`, [`${SCHEMA}.version`]);
      if (!again.rows[0]?.t) throw err;
    }
  }
  await owner.query(`
    DO $$
    DECLARE
      o record;
    BEGIN
      IF (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = '${SCHEMA}') <> '${DB_ROLES.app}' THEN
        EXECUTE 'ALTER SCHEMA ${SCHEMA} OWNER TO ${DB_ROLES.app}';
      END IF;
      FOR o IN SELECT c.oid::regclass::text AS name, c.relkind FROM pg_class c
               JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = '${SCHEMA}' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
                 AND c.relowner <> '${DB_ROLES.app}'::regrole
                 AND NOT (c.relkind = 'S' AND EXISTS (
                   SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
      LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO ${DB_ROLES.app}', o.name);
      END LOOP;
      FOR o IN SELECT p.oid::regprocedure::text AS name FROM pg_proc p
               JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = '${SCHEMA}' AND p.proowner <> '${DB_ROLES.app}'::regrole
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO ${DB_ROLES.app}', o.name);
      END LOOP;
      FOR o IN SELECT t.oid::regtype::text AS name FROM pg_type t
               JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname = '${SCHEMA}' AND t.typtype IN ('e', 'd') AND t.typowner <> '${DB_ROLES.app}'::regrole
      LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO ${DB_ROLES.app}', o.name);
      END LOOP;
    END $$`);
}
