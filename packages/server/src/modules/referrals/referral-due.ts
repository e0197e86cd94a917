import { daysOverdue } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { monitoredReferrals, wantedTasks } from './referral-monitoring.sweep.js';

export interface ReferralDue {
  /** The earliest follow-up or check-in that is due. */
  dueAt: Date;
  daysOverdue: number;
  referralIds: string[];
}

/**
 * What the caseload shows per client: a referral follow-up or check-in that is due (the same core
 * rules as the monitoring sweep), batched over the clients of one page.
 */
export async function referralDueByClient(
  db: DbOrTx,
  organizationId: string,
  clientIds: readonly string[],
  now: Date,
): Promise<Map<string, ReferralDue>> {
  const out = new Map<string, ReferralDue>();
  if (clientIds.length === 0) return out;
  const rows = await monitoredReferrals(
    db,
    sql`r.organization_id = ${organizationId} and r.client_id = any(${sql.param([...clientIds])}::uuid[])`,
  );
  for (const r of rows) {
    for (const w of wantedTasks(r, now)) {
      const cur = out.get(r.client_id);
      if (!cur) {
        out.set(r.client_id, { dueAt: w.dueAt, daysOverdue: daysOverdue(w.dueAt, now), referralIds: [r.id] });
        continue;
      }
      if (!cur.referralIds.includes(r.id)) cur.referralIds.push(r.id);
      if (w.dueAt < cur.dueAt) {
        cur.dueAt = w.dueAt;
        cur.daysOverdue = daysOverdue(w.dueAt, now);
      }
    }
  }
  return out;
}
