import { sql } from 'drizzle-orm';
import type { Tx } from '../db/database.js';

/** Per table, the records in the demo organisation that the seed did not create. */
export type ForeignRecords = Record<string, number>;

// Not anyone's entered data: sign-ins, the MRN counter, and notices derived from other records.
const NOT_DATA = new Set<string>(['sessions', 'org_counters', 'notifications']);

export class DemoResetRefused extends Error {
  constructor(
    readonly records: ForeignRecords,
    readonly total: number,
  ) {
    const list = Object.entries(records)
      .map(([table, n]) => `${table}: ${n}`)
      .join(', ');
    super(
      `The demo organisation holds ${total} records the seed did not create (${list}). ` +
        `Resetting deletes them for good. To go ahead, run: npm run seed -- --reset --yes-delete-${total}-records`,
    );
  }
}

/**
 * The seed writes all its rows in one transaction, so a row whose xmin is another transaction was
 * added or changed since. Users count by email (signing in updates the demo users' rows), care
 * tasks only when staff created them (the background sweeps add and close rule tasks).
 */
export async function countForeignRecords(
  tx: Tx,
  organizationId: string,
  tables: readonly string[],
  seedXid: string | null,
  demoEmails: readonly string[],
): Promise<{ records: ForeignRecords; total: number }> {
  const records: ForeignRecords = {};
  let total = 0;
  const notSeeded = seedXid === null ? sql`true` : sql`xmin::text::bigint <> (${seedXid}::bigint % 4294967296)`;
  for (const table of tables) {
    if (NOT_DATA.has(table)) continue;
    const where =
      table === 'users'
        ? sql`email not in (${sql.join(
            demoEmails.map((e) => sql`${e}`),
            sql`, `,
          )})`
        : table === 'care_tasks'
          ? sql`created_by_id is not null and ${notSeeded}`
          : notSeeded;
    const res = await tx.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where organization_id = ${organizationId} and ${where}`,
    );
    const n = res.rows[0]?.n ?? 0;
    if (n > 0) {
      records[table] = n;
      total += n;
    }
  }
  return { records, total };
}

/** The transaction that last seeded or reset the demo (recorded in its audit row since [09]). */
export async function lastSeedXid(tx: Tx, organizationId: string): Promise<string | null> {
  const res = await tx.execute<{ xid: string | null }>(sql`
    select coalesce(
      (select details->>'seedTransaction' from audit_events
        where organization_id = ${organizationId} and action in ('system.seed_demo', 'system.reset_demo')
          and details ? 'seedTransaction'
        order by occurred_at desc limit 1),
      -- Seeded before the transaction was recorded: the organisation row came from that seed.
      (select xmin::text from organizations where id = ${organizationId})
    ) as xid`);
  return res.rows[0]?.xid ?? null;
}
