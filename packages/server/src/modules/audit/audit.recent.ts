import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

export interface RecentAuditEvent {
  action: string;
  details: Record<string, unknown>;
  clientIds: string[];
}

/**
 * One user's client searches and enumeration alerts of the last few minutes, newest first
 * (including rows the caller's transaction has just written). The action list is spelled out
 * (not a parameter) so the planner uses the partial index audit_search_actor_time_idx.
 */
export async function recentSearchEvents(
  db: DbOrTx,
  organizationId: string,
  actorUserId: string,
  minutes: number,
  max = 500,
): Promise<RecentAuditEvent[]> {
  const res = await db.execute<{ action: string; details: Record<string, unknown>; client_ids: string[] | null }>(sql`
    select action, details, client_ids from audit_events
    where actor_user_id = ${actorUserId} and organization_id = ${organizationId}
      and action in ('client.search', 'client.search_enumeration_suspected')
      and occurred_at > now() - make_interval(mins => ${minutes})
    order by occurred_at desc
    limit ${max}`);
  return res.rows.map((r) => ({ action: r.action, details: r.details, clientIds: r.client_ids ?? [] }));
}
