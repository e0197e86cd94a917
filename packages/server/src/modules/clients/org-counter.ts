import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/** The per-organisation counters in `org_counters`: MRNs here, intake references for intakes. */
export type OrgCounterName = 'mrn' | 'intake';

/** Next value of the organisation's counter (1 first); the counter row lock orders concurrent callers. */
export async function nextCounter(tx: DbOrTx, organizationId: string, name: OrgCounterName): Promise<number> {
  const res = await tx.execute<{ value: string }>(sql`
    insert into org_counters (organization_id, name, value) values (${organizationId}, ${name}, 1)
    on conflict (organization_id, name) do update set value = org_counters.value + 1
    returning value::text`);
  const row = res.rows[0];
  if (!row) throw new Error('counter upsert returned nothing');
  return Number(row.value);
}
