import type { Actor, NeedsAssessmentBody, NeedsAssessmentView } from '@careloop/core';
import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { needsAssessments } from './assessments.schema.js';
import { recomputeRiskTier } from './risk-tier.service.js';

type Row = typeof needsAssessments.$inferSelect;
type Domains = NeedsAssessmentView['domains'];

function toView(r: Row, completedByName: string | null): NeedsAssessmentView {
  const domains: Domains = r.domains;
  return {
    id: r.id,
    clientId: r.clientId,
    status: r.status,
    domains,
    present: r.present,
    clientPriorities: r.clientPriorities,
    overallStrengths: r.overallStrengths,
    actionable: Object.entries(domains)
      .filter(([, d]) => (d.rating ?? 0) >= 2)
      .map(([k]) => k),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
    completedByName,
    version: r.version,
  };
}

async function viewOf(db: DbOrTx, id: string): Promise<NeedsAssessmentView> {
  const [r] = await db
    .select({ n: needsAssessments, name: users.name })
    .from(needsAssessments)
    .leftJoin(users, eq(users.id, needsAssessments.completedById))
    .where(eq(needsAssessments.id, id));
  if (!r) throw notFound('Needs assessment');
  return toView(r.n, r.name);
}

export async function listNeedsAssessments(db: DbOrTx, clientId: string): Promise<NeedsAssessmentView[]> {
  const rows = await db
    .select({ n: needsAssessments, name: users.name })
    .from(needsAssessments)
    .leftJoin(users, eq(users.id, needsAssessments.completedById))
    .where(eq(needsAssessments.clientId, clientId))
    .orderBy(desc(needsAssessments.createdAt));
  return rows.map(({ n, name }) => toView(n, name));
}

const columns = (body: NeedsAssessmentBody, actor: Actor, now: Date) => ({
  status: body.status,
  domains: body.domains,
  present: body.present,
  clientPriorities: body.clientPriorities,
  overallStrengths: body.overallStrengths ?? null,
  updatedAt: now,
  ...(body.status === 'completed' ? { completedAt: now, completedById: actor.userId } : {}),
});

async function audited(tx: DbOrTx, actor: Actor, action: string, id: string, clientId: string, meta: RequestMeta) {
  await recordAudit(tx, actor, { action, entityType: 'needs_assessment', entityId: id, clientId }, meta);
}

export async function createNeedsAssessment(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: NeedsAssessmentBody,
  meta: RequestMeta,
): Promise<NeedsAssessmentView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const [row] = await tx
      .insert(needsAssessments)
      .values({
        organizationId: actor.organizationId,
        clientId,
        createdById: actor.userId,
        createdAt: now,
        ...columns(body, actor, now),
      })
      .returning({ id: needsAssessments.id });
    if (!row) throw new Error('needs assessment insert returned nothing');
    await audited(tx, actor, 'needs_assessment.create', row.id, clientId, meta);
    if (body.status === 'completed') await recomputeRiskTier(tx, actor, clientId, now);
    return viewOf(tx, row.id);
  });
}

/** Drafts are edited in place; a completed assessment is signed and immutable. */
export async function updateNeedsAssessment(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: NeedsAssessmentBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<NeedsAssessmentView> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [r] = await tx
      .select()
      .from(needsAssessments)
      .where(and(eq(needsAssessments.id, id), eq(needsAssessments.organizationId, actor.organizationId)))
      .for('update');
    if (!r) throw notFound('Needs assessment');
    if (r.version !== expected) throw versionConflict(await viewOf(tx, id));
    if (r.status === 'completed') {
      throw new AppError(409, 'conflict', 'A completed assessment is signed and cannot change; start a new one.');
    }
    const now = ctx.now();
    await tx
      .update(needsAssessments)
      .set({ ...columns(body, actor, now), version: r.version + 1 })
      .where(eq(needsAssessments.id, id));
    await audited(tx, actor, 'needs_assessment.update', id, r.clientId, meta);
    if (body.status === 'completed') await recomputeRiskTier(tx, actor, r.clientId, now);
    return viewOf(tx, id);
  });
}

export async function needsAssessmentClient(db: DbOrTx, actor: Actor, id: string): Promise<string> {
  const [r] = await db
    .select({ clientId: needsAssessments.clientId })
    .from(needsAssessments)
    .where(and(eq(needsAssessments.id, id), eq(needsAssessments.organizationId, actor.organizationId)));
  if (!r) throw notFound('Needs assessment');
  return r.clientId;
}
