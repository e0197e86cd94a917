import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

export interface RecentSearch {
  details: Record<string, unknown>;
  clientIds: string[];
}

// The actions are spelled out (not parameters) so the planner uses the partial index
// audit_search_actor_time_idx; both read rows the caller's transaction has just written too.

/** One user's client searches of the last few minutes, newest first, at most `max`. */
export async function recentSearches(
  db: DbOrTx,
  organizationId: string,
  actorUserId: string,
  minutes: number,
  max: number,
): Promise<RecentSearch[]> {
  const res = await db.execute<{ details: Record<string, unknown>; client_ids: string[] | null }>(sql`
    select details, client_ids from audit_events
    where actor_user_id = ${actorUserId} and organization_id = ${organizationId}
      and action = 'client.search'
      and occurred_at > now() - make_interval(mins => ${minutes})
    order by occurred_at desc
    limit ${max}`);
  return res.rows.map((r) => ({ details: r.details, clientIds: r.client_ids ?? [] }));
}

/** Whether this user's searches were already reported as suspected enumeration in the last few minutes. */
export async function enumerationAlertedWithin(
  db: DbOrTx,
  organizationId: string,
  actorUserId: string,
  minutes: number,
): Promise<boolean> {
  const res = await db.execute<{ found: boolean }>(sql`
    select exists (
      select 1 from audit_events
      where actor_user_id = ${actorUserId} and organization_id = ${organizationId}
        and action = 'client.search_enumeration_suspected'
        and occurred_at > now() - make_interval(mins => ${minutes})
    ) as found`);
  return res.rows[0]?.found === true;
}
