import { PLAN_REVIEW_TASK_WINDOW_DAYS, planReviewTaskNeeded } from '@careloop/core';
import { addDays } from 'date-fns';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { Tx } from '../../db/database.js';
import { completeKeyedRuleTasks, openKeyedRuleTask } from '../tasks/rule-task.service.js';
import { reviewDueByEpisode } from './plan-reviews.service.js';

const BATCH = 500;

interface PlanRow extends Record<string, unknown> {
  plan_id: string;
  organization_id: string;
  client_id: string;
  episode_id: string;
  primary_id: string | null;
}

export interface PlanReviewSweepResult {
  created: number;
  closed: number;
}

const sourceKey = (planId: string) => `plan_review:${planId}`;

/** Open episodes with an effective plan, after `afterEpisode` (keyset), with the primary case manager. */
async function effectivePlans(tx: Tx, afterEpisode: string | null): Promise<PlanRow[]> {
  const res = await tx.execute<PlanRow>(sql`
    select cp.id as plan_id, cp.organization_id, cp.client_id, cp.episode_id, m.user_id as primary_id
    from care_plans cp
    join episodes e on e.id = cp.episode_id and e.stage <> 'closed'
    left join care_team_members m on m.episode_id = cp.episode_id and m.role = 'primary_case_manager'
      and m.ended_at is null
    where cp.status = 'effective' ${afterEpisode ? sql`and cp.episode_id > ${afterEpisode}` : sql``}
    order by cp.episode_id
    limit ${BATCH}`);
  return res.rows;
}

async function raiseTasks(tx: Tx, plans: PlanRow[], now: Date): Promise<number> {
  // The due date the caseload shows (interval after the last review, earlier when the tier rose).
  const due = await reviewDueByEpisode(
    tx,
    plans.map((p) => p.episode_id),
  );
  let created = 0;
  for (const p of plans) {
    const review = due.get(p.episode_id);
    if (!review || !planReviewTaskNeeded(review.dueAt, now, PLAN_REVIEW_TASK_WINDOW_DAYS)) continue;
    const task = await openKeyedRuleTask(
      tx,
      {
        organizationId: p.organization_id,
        clientId: p.client_id,
        episodeId: p.episode_id,
        kind: 'plan_review',
        priority: 'routine',
        source: 'plan_review',
        sourceKey: sourceKey(p.plan_id),
        dueAt: review.dueAt,
        assignedToId: p.primary_id,
      },
      now,
      { planId: p.plan_id },
    );
    if (task) created += 1;
  }
  return created;
}

/**
 * Once the review is recorded (its due date moves past the window) or the plan is replaced or
 * its episode closed, the open review task has nothing left to ask: close it as done.
 */
async function closeSettled(tx: Tx, now: Date): Promise<number> {
  const settled = await tx.execute<{ source_key: string }>(sql`
    select t.source_key from care_tasks t
    where t.source = 'plan_review' and t.status = 'open' and not exists (
      select 1 from care_plans cp join episodes e on e.id = cp.episode_id and e.stage <> 'closed'
      where t.source_key = 'plan_review:' || cp.id::text and cp.status = 'effective')`);
  const keys = settled.rows.map((r) => r.source_key);
  return completeKeyedRuleTasks(tx, 'plan_review', keys, 'The plan was reviewed or replaced.', now);
}

/** Close review tasks whose plan is no longer due within the window (the review was recorded). */
async function closeReviewed(tx: Tx, plans: PlanRow[], now: Date): Promise<number> {
  const due = await reviewDueByEpisode(
    tx,
    plans.map((p) => p.episode_id),
  );
  const horizon = addDays(now, PLAN_REVIEW_TASK_WINDOW_DAYS);
  const settled = plans
    .filter((p) => {
      const review = due.get(p.episode_id);
      return review && review.dueAt.getTime() > horizon.getTime();
    })
    .map((p) => sourceKey(p.plan_id));
  return completeKeyedRuleTasks(tx, 'plan_review', settled, 'The plan was reviewed.', now);
}

/**
 * The plan-review rule (a job every few minutes): a task for each effective plan whose review
 * comes due within 7 days, for the episode's primary case manager, keyed `plan_review:<planId>`
 * so it is raised once while open; and the review tasks that no longer apply are closed.
 */
export async function runPlanReviewSweep(ctx: AppContext, now: Date): Promise<PlanReviewSweepResult> {
  const result: PlanReviewSweepResult = { created: 0, closed: 0 };
  let after: string | null = null;
  for (;;) {
    const last: string | null = await ctx.database.db.transaction(async (tx) => {
      const plans = await effectivePlans(tx, after);
      result.created += await raiseTasks(tx, plans, now);
      result.closed += await closeReviewed(tx, plans, now);
      return plans.length === BATCH ? (plans.at(-1)?.episode_id ?? null) : null;
    });
    if (!last) break;
    after = last;
  }
  result.closed += await ctx.database.db.transaction((tx) => closeSettled(tx, now));
  return result;
}
