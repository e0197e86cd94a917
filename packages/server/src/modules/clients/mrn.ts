import { formatMrn } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/** Next MRN of the organisation; the counter row lock orders concurrent registrations. */
export async function nextMrn(tx: DbOrTx, organizationId: string): Promise<string> {
  const res = await tx.execute<{ value: string }>(sql`
    insert into org_counters (organization_id, name, value) values (${organizationId}, 'mrn', 1)
    on conflict (organization_id, name) do update set value = org_counters.value + 1
    returning value::text`);
  return formatMrn(Number(res.rows[0]!.value));
}
