import type { Urgency } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import type { SupervisedCase } from './follow-up-lists.js';

/** The supervisor dashboard's reads, exported so the benchmark times these very queries. */

export interface OpenCase extends SupervisedCase, Record<string, unknown> {
  program_id: string;
  stage: string;
  waitlisted: boolean;
  waitlisted_since: Date | null;
  waitlist_note: string | null;
  opened_at: Date;
  caseload_cap: number;
}

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

/** Open episodes of these programs with their client and primary case manager. */
export async function supervisedCases(
  db: DbOrTx,
  organizationId: string,
  programIds: readonly string[],
): Promise<OpenCase[]> {
  if (programIds.length === 0) return [];
  const res = await db.execute<OpenCase>(sql`
    select e.id as episode_id, c.id as client_id, c.mrn, c.first_name, c.last_name,
      p.id as program_id, p.name as program_name, e.stage, e.waitlisted, e.waitlisted_since,
      e.waitlist_note, e.opened_at, p.caseload_cap,
      u.id as primary_id, u.name as primary_name
    from episodes e
    join clients c on c.id = e.client_id
    join programs p on p.id = e.program_id
    left join care_team_members m on m.episode_id = e.id and m.role = 'primary_case_manager' and m.ended_at is null
    left join users u on u.id = m.user_id
    where e.organization_id = ${organizationId} and e.stage <> 'closed'
      and e.program_id = any(${uuidArray(programIds)})
    order by c.last_name, c.first_name`);
  return res.rows;
}

/** Each worker's open primary cases in any program (one person's time), as the caps of their programs. */
export async function primaryLoads(db: DbOrTx, staffIds: readonly string[]) {
  if (staffIds.length === 0) return [];
  const res = await db.execute<{ user_id: string; name: string; discipline: string | null; caps: number[] }>(sql`
    select u.id as user_id, u.name, u.discipline, array_agg(p.caseload_cap) as caps
    from care_team_members m
    join episodes e on e.id = m.episode_id and e.stage <> 'closed'
    join programs p on p.id = e.program_id
    join users u on u.id = m.user_id
    where m.role = 'primary_case_manager' and m.ended_at is null and m.user_id = any(${uuidArray(staffIds)})
    group by u.id, u.name, u.discipline
    order by u.name`);
  return res.rows;
}

/** Open intakes past their first-contact due time. */
export function lateIntakes(db: DbOrTx, organizationId: string, now: Date) {
  return db.execute<{
    id: string;
    reference: string;
    urgency: Urgency;
    due_at: Date;
    assigned_name: string | null;
    status: string;
  }>(sql`
    select i.id, i.reference, i.urgency, i.due_at, u.name as assigned_name, i.status
    from intakes i left join users u on u.id = i.assigned_to_id
    where i.organization_id = ${organizationId} and i.status <> 'closed'
      and i.first_contact_at is null and i.due_at < ${now.toISOString()}::timestamptz
    order by i.due_at`);
}
