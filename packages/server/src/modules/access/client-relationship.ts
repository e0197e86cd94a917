import { FORMER_WORKER_DAYS, type ClientRelationship } from '@careloop/core';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DbOrTx } from '../../db/database.js';
import { coveredUsersSql } from '../coverage/coverage-sql.js';

interface Row extends Record<string, unknown> {
  client_id: string;
  care_team: boolean;
  program_supervisor: boolean;
  on_call: boolean;
  intake_work: boolean;
  recent_case: boolean;
  on_call_shift: boolean;
  covering: boolean;
}

/**
 * The relationship flags (care_team, program_supervisor, on_call, intake_work, recent_case,
 * on_call_shift, covering) of
 * one staff member to one client, as select-list columns: `subject` is the client id to judge (a
 * merged client's survivor), `createdBy` who registered it, `now` the request's clock. Lists
 * that show client names embed this so the access check rides along in their one query.
 */
export function relationshipFlagsSql(userId: string, subject: SQL, createdBy: SQL, now: Date): SQL {
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
      ) as intake_work,
      exists (
        select 1 from care_team_members m join episodes e on e.id = m.episode_id
        where m.client_id = ${subject} and m.user_id = ${userId} and m.role = 'primary_case_manager'
          and m.end_reason = 'episode closed' and e.stage = 'closed'
          and e.closed_at > ${now.toISOString()}::timestamptz - make_interval(days => ${FORMER_WORKER_DAYS})
      ) as recent_case,
      exists (
        select 1 from on_call_shifts s
        join episodes e on e.program_id = s.program_id and e.client_id = ${subject} and e.stage <> 'closed'
        where s.user_id = ${userId} and s.starts_at <= ${now.toISOString()}::timestamptz
          and s.ends_at > ${now.toISOString()}::timestamptz
      ) as on_call_shift,
      exists (
        select 1 from care_team_members m join episodes e on e.id = m.episode_id and e.stage <> 'closed'
        where m.client_id = ${subject} and m.ended_at is null and m.user_id in (${coveredUsersSql(userId, now)})
      ) as covering`;
}

/** The relationship of one staff member to the clients `which` selects (a condition on `c`). */
function relationshipsQuery(organizationId: string, userId: string, which: SQL, now: Date): SQL {
  return sql`
    with asked as (
      select c.id as client_id, coalesce(c.merged_into_id, c.id) as subject, c.created_by
      from clients c
      where c.organization_id = ${organizationId} and ${which}
    )
    select a.client_id, ${relationshipFlagsSql(userId, sql`a.subject`, sql`a.created_by`, now)}
    from asked a`;
}

/** The flags as a list query embeds them (left-joined: null where the row has no client). */
export interface RelationshipColumns {
  care_team: boolean | null;
  program_supervisor: boolean | null;
  on_call: boolean | null;
  intake_work: boolean | null;
  recent_case: boolean | null;
  on_call_shift?: boolean | null;
  covering?: boolean | null;
}

/** The relationship from a list row's embedded flags (absent flags are false: fail closed). */
export const relationshipOfRow = (r: RelationshipColumns): ClientRelationship => ({
  careTeam: r.care_team ?? false,
  programSupervisor: r.program_supervisor ?? false,
  onCall: r.on_call ?? false,
  intakeWork: r.intake_work ?? false,
  recentCase: r.recent_case ?? false,
  onCallShift: r.on_call_shift ?? false,
  covering: r.covering ?? false,
});

const toRelationship = (r: Row): ClientRelationship => ({
  careTeam: r.care_team,
  programSupervisor: r.program_supervisor,
  onCall: r.on_call,
  intakeWork: r.intake_work,
  recentCase: r.recent_case,
  onCallShift: r.on_call_shift,
  covering: r.covering,
});

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
  now: Date,
): Promise<Map<string, ClientRelationship>> {
  if (clientIds.length === 0) return new Map();
  const which = sql`c.id = any(${sql.param([...clientIds])}::uuid[])`;
  const res = await db.execute<Row>(relationshipsQuery(organizationId, userId, which, now));
  return new Map(res.rows.map((r) => [r.client_id, toRelationship(r)]));
}

const dialect = new PgDialect();
const PREPARED_NAME = 'careloop_client_relationship';

/**
 * The relationship to one client, or null when the client is not in the organisation. Every
 * client route's access check runs this, so it is a named prepared statement: after five runs
 * PostgreSQL keeps one generic plan per connection instead of planning its six sub-queries per
 * request (planning took ~30x as long as running it). `c.id = $n`, not `= any(array)`, so the
 * generic plan costs the same as a custom one and is chosen.
 */
export async function clientRelationship(
  pool: pg.Pool,
  organizationId: string,
  userId: string,
  clientId: string,
  now: Date,
): Promise<ClientRelationship | null> {
  const query = dialect.sqlToQuery(relationshipsQuery(organizationId, userId, sql`c.id = ${clientId}`, now));
  const res = await pool.query<Row>({ name: PREPARED_NAME, text: query.sql, values: query.params });
  const row = res.rows[0];
  return row ? toRelationship(row) : null;
}
