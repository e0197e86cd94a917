import type { Actor, CarePlanView, PendingApprovalItem, PlanReviewView } from '@careloop/core';
import type { AppContext } from '../../context.js';
import { auditedRead } from '../audit/audited-read.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { pendingApprovals } from './plan-approval.service.js';
import { episodeReviews } from './plan-reviews.service.js';
import { episodePlans, planView } from './plan-view.js';

/** An episode's plans, newest version first (audited). */
export function listEpisodePlans(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  meta: RequestMeta,
): Promise<CarePlanView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => episodePlans(tx, actor.organizationId, episodeId),
    (items) => ({
      action: 'care_plan.list',
      entityType: 'care_plan',
      clientId: items[0]?.clientId,
      details: { episodeId },
    }),
  );
}

/** One plan (audited). */
export function readPlan(ctx: AppContext, actor: Actor, planId: string, meta: RequestMeta): Promise<CarePlanView> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => planView(tx, actor.organizationId, planId),
    (view) => ({ action: 'care_plan.read', entityType: 'care_plan', entityId: view.id, clientId: view.clientId }),
  );
}

/** The supervisor's queue of plans waiting for approval (audited with the clients it names). */
export function listPendingApprovals(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<PendingApprovalItem[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => pendingApprovals(tx, actor),
    (items) => ({
      action: 'care_plan.approval_queue',
      entityType: 'care_plan',
      clientIds: [...new Set(items.map((i) => i.clientId))],
      details: { count: items.length },
    }),
  );
}

/** An episode's plan reviews (audited). */
export function listEpisodeReviews(
  ctx: AppContext,
  actor: Actor,
  episodeId: string,
  meta: RequestMeta,
): Promise<PlanReviewView[]> {
  return auditedRead(
    ctx.database.db,
    actor,
    meta,
    (tx) => episodeReviews(tx, episodeId),
    () => ({ action: 'care_plan.review_list', entityType: 'care_plan', details: { episodeId } }),
  );
}
