import {
  daysOverdue,
  type Actor,
  type CaseloadItem,
  type CaseloadResponse,
  type EpisodeStage,
  type ProgramModel,
  type RiskTier,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { forbidden, notFound } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { nearestAdvocacyDeadlines } from '../advocacy/advocacy-caseload.js';
import { reviewDueByEpisode } from '../careplans/plan-reviews.service.js';
import { coveredUsersSql } from '../coverage/coverage-sql.js';
import { followUpsFor, type EpisodeFollowUp } from '../engagement/follow-up.js';
import { referralDueByClient } from '../referrals/referral-due.js';

export interface CaseRow extends Record<string, unknown> {
  episode_id: string;
  client_id: string;
  mrn: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  program_id: string;
  program_name: string;
  model: ProgramModel;
  stage: EpisodeStage;
  waitlisted: boolean;
  opened_at: Date;
  relation: 'primary' | 'team_member' | 'act_team' | 'covering';
  covering_for: string | null;
  risk_tier: RiskTier | null;
  suicide_risk: boolean;
  open_crisis: boolean;
}

/**
 * Open episodes a staff member carries: as primary, as a team member, through an ACT team, or (with
 * `now`) covering for a colleague whose coverage is in force then.
 */
export async function casesOf(
  db: DbOrTx,
  organizationId: string,
  staffId: string,
  onlyPrograms?: string[],
  now?: Date,
) {
  const covered = now ? coveredUsersSql(staffId, now) : sql`select null::uuid where false`;
  const programFilter = onlyPrograms
    ? sql`and e.program_id = any(${sql`array[${sql.join(
        onlyPrograms.map((p) => sql`${p}::uuid`),
        sql`, `,
      )}]::uuid[]`})`
    : sql``;
  const res = await db.execute<CaseRow>(sql`
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
      union all
      select m.episode_id, 3 from care_team_members m
      where m.organization_id = ${organizationId} and m.ended_at is null and m.user_id in (${covered})
    ), best as (select episode_id, min(rank) as rank from mine group by episode_id)
    select e.id as episode_id, c.id as client_id, c.mrn, c.first_name, c.last_name, c.preferred_name,
      c.date_of_birth::text, p.id as program_id, p.name as program_name, p.model, e.stage, e.waitlisted,
      e.opened_at,
      case b.rank when 0 then 'primary' when 1 then 'team_member' when 2 then 'act_team' else 'covering' end
        as relation,
      case when b.rank = 3 then (
        select string_agg(distinct u.name, ', ') from care_team_members m join users u on u.id = m.user_id
        where m.episode_id = e.id and m.ended_at is null and m.user_id in (${covered})
      ) end as covering_for,
      rt.tier as risk_tier,
      exists (select 1 from client_flags f where f.client_id = c.id and f.kind = 'suicide_risk' and f.status = 'open')
        as suicide_risk,
      exists (select 1 from client_flags f where f.client_id = c.id and f.kind = 'open_crisis' and f.status = 'open')
        as open_crisis
    from best b
    join episodes e on e.id = b.episode_id and e.stage <> 'closed'
    join clients c on c.id = e.client_id
    join programs p on p.id = e.program_id
    left join lateral (
      select tier from risk_tiers where client_id = c.id order by seq desc limit 1
    ) rt on true
    where e.organization_id = ${organizationId} ${programFilter}
    order by c.last_name, c.first_name`);
  return res.rows;
}

/** A caseload row: the next contact from the cadence rules (engagement module), in-reach, disengagement. */
export function toItem(r: CaseRow, { facts, followUp }: EpisodeFollowUp): CaseloadItem {
  const { next, engagement } = followUp;
  const due = next.dueAt.toISOString();
  return {
    episodeId: r.episode_id,
    clientId: r.client_id,
    mrn: r.mrn,
    firstName: r.first_name,
    lastName: r.last_name,
    preferredName: r.preferred_name,
    dateOfBirth: r.date_of_birth,
    programId: r.program_id,
    programName: r.program_name,
    model: r.model,
    stage: r.stage,
    waitlisted: r.waitlisted,
    relation: r.relation,
    ...(r.covering_for && { coveringFor: r.covering_for }),
    openedAt: new Date(r.opened_at).toISOString(),
    riskTier: r.risk_tier ?? null,
    suicideRiskFlag: r.suicide_risk,
    openCrisis: r.open_crisis,
    lastContactAt: next.lastContactAt?.toISOString() ?? null,
    nextContactDueAt: due,
    overdue: next.overdueDays > 0 ? [{ kind: 'contact', dueAt: due, daysOverdue: next.overdueDays }] : [],
    whereabouts: facts.whereabouts,
    inReach: next.inReach,
    disengaged: engagement.disengaged,
  };
}

export async function supervisedPrograms(db: DbOrTx, organizationId: string, userId: string) {
  const res = await db.execute<{ id: string; name: string; model: ProgramModel; caseload_cap: number }>(sql`
    select p.id, p.name, p.model, p.caseload_cap from programs p
    join program_staff ps on ps.program_id = p.id and ps.user_id = ${userId} and ps.role = 'supervisor'
    where p.organization_id = ${organizationId}
    order by p.name`);
  return res.rows;
}

export async function caseload(
  ctx: AppContext,
  actor: Actor,
  staffId: string | undefined,
  meta: RequestMeta,
): Promise<CaseloadResponse> {
  const subject = staffId ?? actor.userId;
  return ctx.database.db.transaction(async (tx) => {
    const staff = await tx.execute<{ name: string }>(
      sql`select name from users where id = ${subject} and organization_id = ${actor.organizationId}`,
    );
    const staffName = staff.rows[0]?.name;
    if (!staffName) throw notFound('Staff member');
    let only: string[] | undefined;
    if (subject !== actor.userId) {
      // Someone else's caseload: a supervisor sees the part in the programs they supervise.
      if (!actor.roles.includes('supervisor')) throw forbidden();
      only = (await supervisedPrograms(tx, actor.organizationId, actor.userId)).map((p) => p.id);
    }
    const rows = only && only.length === 0 ? [] : await casesOf(tx, actor.organizationId, subject, only, ctx.now());
    const now = ctx.now();
    const episodeIds = rows.map((r) => r.episode_id);
    const reviews = await reviewDueByEpisode(tx, episodeIds);
    const followUps = await followUpsFor(tx, actor.organizationId, episodeIds, now);
    const clientIds = rows.map((r) => r.client_id);
    const referralsDue = await referralDueByClient(tx, actor.organizationId, clientIds, now);
    const advocacy = await nearestAdvocacyDeadlines(tx, actor.organizationId, clientIds, now);
    const items = rows.flatMap((r) => {
      const followUp = followUps.get(r.episode_id);
      if (!followUp) return []; // closed between the two reads
      const item = toItem(r, followUp);
      const review = reviews.get(r.episode_id);
      const late = review ? daysOverdue(review.dueAt, now) : 0;
      if (review && late > 0) {
        item.overdue.push({ kind: 'plan_review', dueAt: review.dueAt.toISOString(), daysOverdue: late });
      }
      const referral = referralsDue.get(r.client_id);
      if (referral) {
        item.overdue.push({ kind: 'referral', dueAt: referral.dueAt.toISOString(), daysOverdue: referral.daysOverdue });
      }
      const deadline = advocacy.get(r.client_id);
      if (deadline) {
        const { daysOverdue: deadlineLate, ...shown } = deadline;
        item.advocacyDeadline = shown;
        if (deadlineLate > 0) {
          item.overdue.push({ kind: 'advocacy_deadline', dueAt: deadline.dueDate, daysOverdue: deadlineLate });
        }
      }
      return [item];
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'caseload.read',
        entityType: 'caseload',
        entityId: subject,
        clientIds: items.map((i) => i.clientId),
        details: { returned: items.length },
      },
      meta,
    );
    return { staffId: subject, staffName, items };
  });
}
