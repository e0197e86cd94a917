import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import { listFlags } from '../../modules/assessments/flag-views.js';
import { riskSummary } from '../../modules/assessments/risk-tier.service.js';
import { reviewDueByEpisode } from '../../modules/careplans/plan-reviews.service.js';
import { supervisedPrograms } from '../../modules/caseload/caseload.service.js';
import { searchClients } from '../../modules/clients/client-search.js';
import { cadenceFacts } from '../../modules/engagement/cadence-facts.js';
import { listClientCareTasks } from '../../modules/tasks/client-care-tasks.js';

/*
 * The data reads each read scenario's endpoint makes, without what the application adds around
 * them (session lookup, the access policy's relationship query, the audit row, the transaction
 * that holds them, JSON serialisation). Where a service exports its query function, that very
 * function runs here (no drift); queries written inline in a service are copied below and must
 * be kept in step with it.
 */

// As supervision.service.ts builds them: one parameter per id.
const uuids = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

/** GET /api/clients?q= : the ranked search (it sets its trigram threshold, so in a transaction). */
export function searchSql(db: Db, organizationId: string, q: string): Promise<unknown> {
  return db.transaction((tx) => searchClients(tx, organizationId, q, 20, 0));
}

/** GET /api/clients/:id (loadClientRow + identifiersOf, copied from clients.service.ts). */
async function clientSql(db: DbOrTx, organizationId: string, clientId: string): Promise<void> {
  await db.execute(sql`select * from clients where id = ${clientId} and organization_id = ${organizationId} limit 1`);
  await db.execute(sql`select * from client_identifiers where client_id = ${clientId} order by created_at`);
}

/** The chart's three reads, in the order the API scenario cycles through them. */
export const CHART_READS = ['client', 'alerts', 'risk'] as const;
export type ChartRead = (typeof CHART_READS)[number];

export async function chartSql(db: Db, organizationId: string, clientId: string, read: ChartRead): Promise<void> {
  switch (read) {
    case 'client':
      return clientSql(db, organizationId, clientId);
    case 'alerts':
      await listFlags(db, clientId);
      await listClientCareTasks(db, clientId);
      return;
    case 'risk':
      await riskSummary(db, clientId);
      return;
  }
}

/** casesOf (caseload.service.ts), copied: a staff member's open episodes with tier and flag. */
function casesOf(db: DbOrTx, organizationId: string, staffId: string) {
  return db.execute<{ episode_id: string }>(sql`
    with mine as (
      select m.episode_id, min(case when m.role = 'primary_case_manager' then 0 else 1 end) as rank
      from care_team_members m
      where m.organization_id = ${organizationId} and m.user_id = ${staffId} and m.ended_at is null
      group by m.episode_id
      union all
      select e.id, 2 from episodes e
      join programs p on p.id = e.program_id and p.model = 'act'
      join program_staff ps on ps.program_id = e.program_id and ps.user_id = ${staffId} and ps.role = 'team_member'
      where e.organization_id = ${organizationId} and e.stage <> 'closed'
    ), best as (select episode_id, min(rank) as rank from mine group by episode_id)
    select e.id as episode_id, c.id as client_id, c.mrn, c.first_name, c.last_name, c.preferred_name,
      c.date_of_birth::text, p.id as program_id, p.name as program_name, p.model, e.stage, e.waitlisted,
      e.opened_at,
      case b.rank when 0 then 'primary' when 1 then 'team_member' else 'act_team' end as relation,
      rt.tier as risk_tier,
      exists (select 1 from client_flags f where f.client_id = c.id and f.kind = 'suicide_risk' and f.status = 'open')
        as suicide_risk
    from best b
    join episodes e on e.id = b.episode_id and e.stage <> 'closed'
    join clients c on c.id = e.client_id
    join programs p on p.id = e.program_id
    left join lateral (
      select tier from risk_tiers where client_id = c.id order by seq desc limit 1
    ) rt on true
    where e.organization_id = ${organizationId}
    order by c.last_name, c.first_name`);
}

/** GET /api/caseload: the staff name, the cases, plan reviews due, cadence facts. */
export async function caseloadSql(db: Db, organizationId: string, staffId: string): Promise<void> {
  await db.execute(sql`select name from users where id = ${staffId} and organization_id = ${organizationId}`);
  const episodeIds = (await casesOf(db, organizationId, staffId)).rows.map((r) => r.episode_id);
  await reviewDueByEpisode(db, episodeIds);
  await cadenceFacts(db, organizationId, { episodeIds });
}

/** GET /api/caseload/supervision: the queries of supervision.service.ts (its inline ones copied). */
export async function supervisionSql(db: Db, organizationId: string, userId: string, now: Date): Promise<void> {
  const programIds = (await supervisedPrograms(db, organizationId, userId)).map((p) => p.id);
  if (programIds.length === 0) return;
  const cases = await db.execute<{ episode_id: string; primary_id: string | null }>(sql`
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
      and e.program_id = any(${uuids(programIds)})
    order by c.last_name, c.first_name`);
  const staffIds = [...new Set(cases.rows.map((c) => c.primary_id).filter((id): id is string => !!id))];
  if (staffIds.length) {
    await db.execute(sql`
      select u.id as user_id, u.name, u.discipline, array_agg(p.caseload_cap) as caps
      from care_team_members m
      join episodes e on e.id = m.episode_id and e.stage <> 'closed'
      join programs p on p.id = e.program_id
      join users u on u.id = m.user_id
      where m.role = 'primary_case_manager' and m.ended_at is null and m.user_id = any(${uuids(staffIds)})
      group by u.id, u.name, u.discipline
      order by u.name`);
  }
  const episodeIds = cases.rows.map((c) => c.episode_id);
  await cadenceFacts(db, organizationId, { episodeIds });
  await db.execute(sql`
    select i.id, i.reference, i.urgency, i.due_at, u.name as assigned_name, i.status
    from intakes i left join users u on u.id = i.assigned_to_id
    where i.organization_id = ${organizationId} and i.status <> 'closed'
      and i.first_contact_at is null and i.due_at < ${now.toISOString()}::timestamptz
    order by i.due_at`);
  await reviewDueByEpisode(db, episodeIds);
}
