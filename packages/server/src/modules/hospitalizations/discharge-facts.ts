import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/**
 * Completed contacts WITH the client count as follow-up (not failed outreach, not collateral
 * contacts about them, not voided entries); their day is the agency's local calendar day.
 */
const followUpContact = sql`c.outcome = 'completed' and c.voided_at is null
  and c.type not in ('outreach_attempt', 'collateral')`;

export interface DischargeContacts {
  /** A completed contact on the discharge day or after: the post-discharge contact happened. */
  contactDone: boolean;
  /** The first completed contact after the discharge day (FUH's day 1 onward), local date. */
  firstFollowUpOn: string | null;
}

export async function dischargeContacts(
  tx: DbOrTx,
  clientId: string,
  dischargedOn: string,
  timeZone: string,
): Promise<DischargeContacts> {
  const res = await tx.execute<{ first_on_or_after: string | null; first_after: string | null }>(sql`
    select
      min(((c.occurred_at at time zone ${timeZone})::date)::text) as first_on_or_after,
      min(((c.occurred_at at time zone ${timeZone})::date)::text)
        filter (where (c.occurred_at at time zone ${timeZone})::date > ${dischargedOn}::date) as first_after
    from contacts c
    where c.client_id = ${clientId} and ${followUpContact}
      and (c.occurred_at at time zone ${timeZone})::date >= ${dischargedOn}::date`);
  const row = res.rows[0];
  return { contactDone: !!row?.first_on_or_after, firstFollowUpOn: row?.first_after ?? null };
}

export interface StayContext {
  time_zone: string;
  program_id: string | null;
  primary_id: string | null;
  on_call_id: string | null;
}

/** The agency's zone, the episode's program and primary case manager, and an on-call clinician. */
export async function stayContext(tx: DbOrTx, organizationId: string, episodeId: string | null): Promise<StayContext> {
  const res = await tx.execute<StayContext & Record<string, unknown>>(sql`
    select o.time_zone, e.program_id,
      (select m.user_id from care_team_members m where m.episode_id = e.id and m.role = 'primary_case_manager'
        and m.ended_at is null limit 1) as primary_id,
      (select ps.user_id from program_staff ps join users u on u.id = ps.user_id and u.active
        where ps.program_id = e.program_id and ps.role = 'on_call' order by ps.user_id limit 1) as on_call_id
    from organizations o
    left join episodes e on e.id = ${episodeId}
    where o.id = ${organizationId}`);
  const row = res.rows[0];
  if (!row) throw new Error('hospitalization without its organisation');
  return row;
}
