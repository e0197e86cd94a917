import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';

/**
 * Who hears of what: each query returns active users' ids only. Reads across modules (users,
 * program staff, care teams) are allowed; notifications writes only its own table.
 */

const ids = (rows: { user_id: string }[]) => [...new Set(rows.map((r) => r.user_id))];

/** Everyone who runs the intake queue (intake coordinators). */
export async function intakeTeam(db: DbOrTx, organizationId: string): Promise<string[]> {
  const res = await db.execute<{ user_id: string }>(sql`
    select id as user_id from users
    where organization_id = ${organizationId} and active and 'intake_coordinator' = any(roles)
    order by id`);
  return ids(res.rows);
}

/** The organisation's privacy officers (they hear of suspected registry enumeration). */
export async function privacyOfficers(db: DbOrTx, organizationId: string): Promise<string[]> {
  const res = await db.execute<{ user_id: string }>(sql`
    select id as user_id from users
    where organization_id = ${organizationId} and active and 'privacy_officer' = any(roles)
    order by id`);
  return ids(res.rows);
}

/** On-call staff of these programs; of every active program when none is named (a new referral). */
export async function onCallStaff(
  db: DbOrTx,
  organizationId: string,
  programIds: readonly string[] | null,
): Promise<string[]> {
  const scope =
    programIds === null
      ? sql`p.active`
      : programIds.length === 0
        ? sql`false`
        : sql`p.id = any(${sql.param([...programIds])}::uuid[])`;
  const res = await db.execute<{ user_id: string }>(sql`
    select distinct ps.user_id from program_staff ps
    join programs p on p.id = ps.program_id
    join users u on u.id = ps.user_id and u.active
    where ps.organization_id = ${organizationId} and ps.role = 'on_call' and ${scope}
    order by ps.user_id`);
  return ids(res.rows);
}

/** Supervisors of these programs. */
export async function programSupervisors(db: DbOrTx, programIds: readonly string[]): Promise<string[]> {
  if (programIds.length === 0) return [];
  const res = await db.execute<{ user_id: string }>(sql`
    select distinct ps.user_id from program_staff ps
    join users u on u.id = ps.user_id and u.active
    where ps.role = 'supervisor' and ps.program_id = any(${sql.param([...programIds])}::uuid[])
    order by ps.user_id`);
  return ids(res.rows);
}

/** Programs the client has an open episode in. */
export async function openProgramsOf(db: DbOrTx, clientId: string): Promise<string[]> {
  const res = await db.execute<{ program_id: string }>(sql`
    select distinct program_id from episodes where client_id = ${clientId} and stage <> 'closed'`);
  return res.rows.map((r) => r.program_id);
}

/** Who answers for one episode's team: its current primary case manager and its program's supervisors. */
export async function episodeTeamLeads(db: DbOrTx, episodeId: string): Promise<string[]> {
  const res = await db.execute<{ user_id: string }>(sql`
    select m.user_id from care_team_members m
    join users u on u.id = m.user_id and u.active
    where m.episode_id = ${episodeId} and m.role = 'primary_case_manager' and m.ended_at is null
    union
    select ps.user_id from episodes e
    join program_staff ps on ps.program_id = e.program_id and ps.role = 'supervisor'
    join users u on u.id = ps.user_id and u.active
    where e.id = ${episodeId}
    order by 1`);
  return ids(res.rows);
}
