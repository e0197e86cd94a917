import { needsCoverage, type CarePlanView } from '@careloop/core';
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/database.js';
import { notFound } from '../../http/errors.js';
import { needsAssessments } from '../assessments/assessments.schema.js';
import { users } from '../users/users.schema.js';
import { carePlans } from './careplans.schema.js';
import { reviewDueByEpisode } from './plan-reviews.service.js';

export type PlanRow = typeof carePlans.$inferSelect;

const signer = alias(users, 'signer');
const editor = alias(users, 'editor');
const approver = alias(users, 'approver');
const returner = alias(users, 'returner');

/** Actionable needs (rated 2-3) of the client's latest completed needs assessment. */
export async function actionableDomains(db: DbOrTx, clientId: string): Promise<string[]> {
  const [n] = await db
    .select({ domains: needsAssessments.domains })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.clientId, clientId), eq(needsAssessments.status, 'completed')))
    .orderBy(desc(needsAssessments.completedAt))
    .limit(1);
  const domains: Record<string, { rating: number | null } | undefined> = n?.domains ?? {};
  return Object.entries(domains)
    .filter(([, d]) => (d?.rating ?? 0) >= 2)
    .map(([k]) => k);
}

interface Names {
  signedBy: string | null;
  updatedBy: string | null;
  approvedBy: string | null;
  returnedBy: string | null;
}

function toView(r: PlanRow, names: Names, actionable: string[]) {
  const content = r.content;
  const view: CarePlanView = {
    id: r.id,
    episodeId: r.episodeId,
    clientId: r.clientId,
    versionNumber: r.versionNumber,
    status: r.status,
    content,
    changeSummary: r.changeSummary,
    clientAgreementMethod: r.clientAgreementMethod,
    verbalReason: r.verbalReason,
    signatureDataUrl: r.signatureDataUrl,
    signedById: r.signedById,
    signedByName: names.signedBy,
    signedAt: r.signedAt?.toISOString() ?? null,
    reviewDueAt: r.reviewDueAt?.toISOString() ?? null,
    approvedByName: names.approvedBy,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    returnedByName: names.returnedBy,
    returnedAt: r.returnedAt?.toISOString() ?? null,
    returnReason: r.returnReason,
    coverage: needsCoverage({ actionableDomains: actionable, goals: content.goals, deferred: content.deferredNeeds }),
    updatedAt: r.updatedAt.toISOString(),
    updatedByName: names.updatedBy,
    version: r.version,
  };
  return view;
}

function selectPlans(db: DbOrTx) {
  return db
    .select({
      p: carePlans,
      names: { signedBy: signer.name, updatedBy: editor.name, approvedBy: approver.name, returnedBy: returner.name },
    })
    .from(carePlans)
    .leftJoin(signer, eq(signer.id, carePlans.signedById))
    .leftJoin(editor, eq(editor.id, carePlans.updatedById))
    .leftJoin(approver, eq(approver.id, carePlans.approvedById))
    .leftJoin(returner, eq(returner.id, carePlans.returnedById));
}

export async function planView(db: DbOrTx, organizationId: string, id: string): Promise<CarePlanView> {
  const [r] = await selectPlans(db).where(and(eq(carePlans.id, id), eq(carePlans.organizationId, organizationId)));
  if (!r) throw notFound('Care plan');
  const view = toView(r.p, r.names, await actionableDomains(db, r.p.clientId));
  return withReviewDue(db, [view]).then((v) => v[0] ?? view);
}

export async function episodePlans(db: DbOrTx, organizationId: string, episodeId: string): Promise<CarePlanView[]> {
  const rows = await selectPlans(db)
    .where(and(eq(carePlans.episodeId, episodeId), eq(carePlans.organizationId, organizationId)))
    .orderBy(desc(carePlans.versionNumber));
  const first = rows[0];
  const actionable = first ? await actionableDomains(db, first.p.clientId) : [];
  return withReviewDue(
    db,
    rows.map((r) => toView(r.p, r.names, actionable)),
  );
}

/** The effective version's next review (interval, or brought forward when the tier rose). */
async function withReviewDue(db: DbOrTx, views: CarePlanView[]): Promise<CarePlanView[]> {
  const due = await reviewDueByEpisode(
    db,
    views.filter((v) => v.status === 'effective').map((v) => v.episodeId),
  );
  return views.map((v) =>
    v.status === 'effective' ? { ...v, reviewDueAt: due.get(v.episodeId)?.dueAt.toISOString() ?? v.reviewDueAt } : v,
  );
}
