import type { ClientRelationship } from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

interface Row extends Record<string, unknown> {
  client_id: string;
  care_team: boolean;
  program_supervisor: boolean;
  on_call: boolean;
  intake_work: boolean;
}

/**
 * The four relationship flags (care_team, program_supervisor, on_call, intake_work) of one staff
 * member to one client, as select-list columns: `subject` is the client id to judge (a merged
 * client's survivor) and `createdBy` who registered it. Lists that show client names embed this
 * so the access check rides along in their one query.
 */
export function relationshipFlagsSql(userId: string, subject: SQL, createdBy: SQL): SQL {
  return sql`
      exists (
        select 1 from care_team_members m join episodes e on e.id = m.episode_id
        where m.client_id = ${subject} and m.user_id = ${userId} and m.ended_at is null and e.stage <> 'closed'
      ) or exists (
        select 1 from episodes e
        join programs p on p.id = e.program_id and p.model = 'act'
        join program_staff ps on ps.program_id = e.program_id and ps.user_id = ${userId} and ps.role = 'team_member'
        where e.client_id = ${subject} and e.stage <> 'closed'
      ) as care_team,
      exists (
        select 1 from episodes e
        join program_staff ps on ps.program_id = e.program_id and ps.user_id = ${userId} and ps.role = 'supervisor'
        where e.client_id = ${subject}
      ) as program_supervisor,
      exists (
        select 1 from episodes e
        join program_staff ps on ps.program_id = e.program_id and ps.user_id = ${userId} and ps.role = 'on_call'
        where e.client_id = ${subject} and e.stage <> 'closed'
      ) as on_call,
      exists (
        select 1 from intakes i
        where i.client_id = ${subject} and i.assigned_to_id = ${userId} and i.status <> 'closed'
      ) or (
        ${createdBy} = ${userId} and not exists (select 1 from episodes e where e.client_id = ${subject})
      ) as intake_work`;
}

/**
 * How one staff member stands to each of these clients (DESIGN.md §3), in one query. A merged
 * client is judged by its survivor, where its episodes now live. Ids outside the organisation
 * are simply absent from the result.
 */
export async function clientRelationships(
  db: DbOrTx,
  organizationId: string,
  userId: string,
  clientIds: readonly string[],
): Promise<Map<string, ClientRelationship>> {
  if (clientIds.length === 0) return new Map();
  const ids = sql`array[${sql.join(
    clientIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const res = await db.execute<Row>(sql`
    with asked as (
      select c.id as client_id, coalesce(c.merged_into_id, c.id) as subject, c.created_by
      from clients c
      where c.organization_id = ${organizationId} and c.id = any(${ids})
    )
    select a.client_id, ${relationshipFlagsSql(userId, sql`a.subject`, sql`a.created_by`)}
    from asked a`);
  return new Map(
    res.rows.map((r) => [
      r.client_id,
      {
        careTeam: r.care_team,
        programSupervisor: r.program_supervisor,
        onCall: r.on_call,
        intakeWork: r.intake_work,
      },
    ]),
  );
}

/** The relationship to one client, or null when the client is not in the organisation. */
export async function clientRelationship(
  db: DbOrTx,
  organizationId: string,
  userId: string,
  clientId: string,
): Promise<ClientRelationship | null> {
  const map = await clientRelationships(db, organizationId, userId, [clientId]);
  return map.get(clientId) ?? null;
}
