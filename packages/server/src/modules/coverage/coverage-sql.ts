import { sql, type SQL } from 'drizzle-orm';

/**
 * The users whose caseload `userId` covers at `now` (a select of `covered_user_id`): coverages in
 * their date range on the organisation's local date and not ended by hand. Query-time, so routing
 * and access stop by themselves when the coverage ends.
 */
export function coveredUsersSql(userId: string, now: Date): SQL {
  return sql`
    select cv.covered_user_id from coverages cv
    join organizations o on o.id = cv.organization_id
    where cv.covering_user_id = ${userId} and cv.ended_at is null
      and (${now.toISOString()}::timestamptz at time zone o.time_zone)::date between cv.starts_on and cv.ends_on`;
}
