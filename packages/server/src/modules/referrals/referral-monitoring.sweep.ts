import {
  DEFAULT_REFERRAL_SETTINGS as D,
  referralCheckInDueAt,
  referralFollowUpDueAt,
  referralTaskKey,
  type ReferralStatus,
} from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/database.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';

const BATCH = 500;

/** An open referral and what its monitoring needs: the limits, the time zone, the owner. */
export interface MonitoredRow extends Record<string, unknown> {
  id: string;
  organization_id: string;
  client_id: string;
  episode_id: string | null;
  goal_id: string | null;
  status: ReferralStatus;
  status_changed_at: Date;
  appointment_date: string | null;
  checked_in: boolean;
  owner_id: string | null;
  requested_days: number;
  accepted_days: number;
  check_in_days: number;
  time_zone: string;
}

/** The follow-up and check-in a referral wants now (key, kind, due), by the core rules. */
export function wantedTasks(r: MonitoredRow, now: Date) {
  const limits = {
    requestedFollowUpDays: r.requested_days,
    acceptedFollowUpDays: r.accepted_days,
    checkInAfterDays: r.check_in_days,
  };
  const out: { key: string; kind: 'referral_follow_up' | 'referral_check_in'; dueAt: Date }[] = [];
  const changed = new Date(r.status_changed_at);
  const followUp = referralFollowUpDueAt(r.status, changed, limits);
  if (followUp && now.getTime() > followUp.getTime()) {
    out.push({ key: referralTaskKey(r.id, 'follow_up', r.status), kind: 'referral_follow_up', dueAt: followUp });
  }
  const facts = { status: r.status, appointmentDate: r.appointment_date, checkedIn: r.checked_in };
  const checkIn = referralCheckInDueAt(facts, limits, r.time_zone);
  if (checkIn && now.getTime() >= checkIn.getTime() && r.appointment_date) {
    out.push({ key: referralTaskKey(r.id, 'check_in', r.appointment_date), kind: 'referral_check_in', dueAt: checkIn });
  }
  return out;
}

/**
 * Open referrals (filtered by `which`, a condition on `r`) with the agency's limits and the owner:
 * the referral's creator while active and on the client's care team, else the primary case manager.
 */
export async function monitoredReferrals(
  db: DbOrTx,
  which: ReturnType<typeof sql>,
  limit?: number,
): Promise<MonitoredRow[]> {
  const res = await db.execute<MonitoredRow>(sql`
    select r.id, r.organization_id, r.client_id, r.goal_id, r.status, r.status_changed_at,
      r.appointment_date::text as appointment_date, r.checked_in_at is not null as checked_in,
      coalesce(r.episode_id, (select e.id from episodes e where e.client_id = r.client_id and e.stage <> 'closed'
        order by e.opened_at desc limit 1)) as episode_id,
      coalesce(
        (select u.id from users u where u.id = r.created_by_id and u.active and exists (
          select 1 from care_team_members m join episodes e on e.id = m.episode_id and e.stage <> 'closed'
          where m.client_id = r.client_id and m.user_id = u.id and m.ended_at is null)),
        (select m.user_id from care_team_members m
          join episodes e on e.id = m.episode_id and e.stage <> 'closed'
          join users u on u.id = m.user_id and u.active
          where m.client_id = r.client_id and m.role = 'primary_case_manager' and m.ended_at is null
          order by e.opened_at desc limit 1)) as owner_id,
      coalesce(s.requested_follow_up_days, ${D.requestedFollowUpDays}) as requested_days,
      coalesce(s.accepted_follow_up_days, ${D.acceptedFollowUpDays}) as accepted_days,
      coalesce(s.check_in_after_days, ${D.checkInAfterDays}) as check_in_days,
      o.time_zone
    from referrals r
    join organizations o on o.id = r.organization_id
    left join referral_settings s on s.organization_id = r.organization_id
    where r.status in ('requested', 'accepted', 'in-progress', 'on-hold') and ${which}
    order by r.id ${limit ? sql`limit ${limit}` : sql``}`);
  return res.rows;
}

export interface ReferralSweepResult {
  created: number;
  closed: number;
}

/** Raise what is due; a key that ever had a task (even one closed by hand) is not raised again. */
async function raise(tx: Tx, rows: MonitoredRow[], now: Date): Promise<number> {
  const wanted = rows.flatMap((r) => wantedTasks(r, now).map((w) => ({ r, w })));
  if (wanted.length === 0) return 0;
  const seen = await tx.execute<{ source_key: string }>(sql`
    select source_key from care_tasks where source = 'referral'
      and source_key = any(${sql.param(wanted.map((x) => x.w.key))}::text[])`);
  const had = new Set(seen.rows.map((s) => s.source_key));
  let created = 0;
  for (const { r, w } of wanted) {
    if (had.has(w.key)) continue;
    const id = await openKeyedRuleTask(
      tx,
      {
        organizationId: r.organization_id,
        clientId: r.client_id,
        episodeId: r.episode_id,
        kind: w.kind,
        priority: 'routine',
        source: 'referral',
        sourceKey: w.key,
        dueAt: w.dueAt,
        assignedToId: r.owner_id,
        referralId: r.id,
        goalId: r.goal_id,
      },
      now,
      { referralId: r.id },
    );
    if (id) created += 1;
  }
  return created;
}

/** Open referral tasks whose referral left the status they ask about (a safety net for the services). */
async function closeSettled(tx: Tx, now: Date): Promise<number> {
  const stale = await tx.execute<{ source_key: string }>(sql`
    select t.source_key from care_tasks t join referrals r on r.id = t.referral_id
    where t.source = 'referral' and t.status = 'open' and (
      (t.kind = 'referral_follow_up' and t.source_key <> 'referral:' || r.id::text || ':follow_up:' || r.status)
      or (t.kind = 'referral_check_in' and (r.checked_in_at is not null
        or r.status in ('rejected', 'cancelled', 'failed', 'completed', 'entered-in-error'))))`);
  return completeKeyedRuleTasks(
    tx,
    'referral',
    stale.rows.map((s) => s.source_key),
    'The referral moved on.',
    now,
  );
}

/**
 * The referral monitoring rule (a job every few minutes): a follow-up task when a referral sits
 * in `requested` or `accepted` longer than the agency allows, a check-in with the client after
 * the first appointment; keyed `referral:<id>:follow_up:<status>` and
 * `referral:<id>:check_in:<appointment date>`. The answering change closes them.
 */
export async function runReferralSweep(ctx: AppContext, now: Date): Promise<ReferralSweepResult> {
  const result: ReferralSweepResult = { created: 0, closed: 0 };
  let after: string | null = null;
  for (;;) {
    const last: string | null = await ctx.database.db.transaction(async (tx) => {
      const rows = await monitoredReferrals(tx, after ? sql`r.id > ${after}` : sql`true`, BATCH);
      result.created += await raise(tx, rows, now);
      return rows.length === BATCH ? (rows.at(-1)?.id ?? null) : null;
    });
    if (!last) break;
    after = last;
  }
  result.closed += await ctx.database.db.transaction((tx) => closeSettled(tx, now));
  return result;
}
