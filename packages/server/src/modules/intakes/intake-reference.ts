import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/** Next intake reference of the organisation (R-000001, …), from the same counter table as MRNs. */
export async function nextIntakeReference(tx: DbOrTx, organizationId: string): Promise<string> {
  const res = await tx.execute<{ value: string }>(sql`
    insert into org_counters (organization_id, name, value) values (${organizationId}, 'intake', 1)
    on conflict (organization_id, name) do update set value = org_counters.value + 1
    returning value::text`);
  return `R-${String(res.rows[0]?.value ?? '0').padStart(6, '0')}`;
}
