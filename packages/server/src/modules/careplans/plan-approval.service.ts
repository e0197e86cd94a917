import type { Actor, CarePlanView, PendingApprovalItem, PlanApprovalBody } from '@careloop/core';
import { addDays } from 'date-fns';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, forbidden, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { carePlans } from './careplans.schema.js';
import { planProgram, supersedeEffective } from './careplans.service.js';
import { planView } from './plan-view.js';

/**
 * A program supervisor approves a signed version (it takes effect now, and the review interval
 * counts from now) or returns it with a reason: it becomes a draft again, and because it will
 * change, the client's agreement and the staff signature are cleared.
 */
export async function decidePlanApproval(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: PlanApprovalBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<CarePlanView> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [p] = await tx.select().from(carePlans).where(eq(carePlans.id, id)).for('update');
    if (!p || p.organizationId !== actor.organizationId) throw notFound('Care plan');
    if (p.version !== expected) throw versionConflict(await planView(tx, actor.organizationId, id));
    if (p.status !== 'pending_approval') {
      throw new AppError(409, 'conflict', 'This version is not waiting for approval.');
    }
    // Four eyes: whoever signed the plan cannot also approve it.
    if (p.signedById === actor.userId) throw forbidden('You signed this version: another supervisor approves it.');
    const now = ctx.now();
    if (body.decision === 'approve') {
      const program = await planProgram(tx, actor, p.episodeId);
      await supersedeEffective(tx, p.episodeId);
      await tx
        .update(carePlans)
        .set({
          status: 'effective',
          approvedById: actor.userId,
          approvedAt: now,
          reviewDueAt: addDays(now, program?.carePlanReviewDays ?? 90),
          version: p.version + 1,
        })
        .where(eq(carePlans.id, id));
    } else {
      await tx
        .update(carePlans)
        .set({
          status: 'draft',
          returnedById: actor.userId,
          returnedAt: now,
          returnReason: body.reason ?? null,
          clientAgreementMethod: null,
          verbalReason: null,
          signatureDataUrl: null,
          signedById: null,
          signedAt: null,
          version: p.version + 1,
        })
        .where(eq(carePlans.id, id));
    }
    await recordAudit(
      tx,
      actor,
      {
        action: body.decision === 'approve' ? 'care_plan.approve' : 'care_plan.return',
        entityType: 'care_plan',
        entityId: id,
        clientId: p.clientId,
      },
      meta,
    );
    return planView(tx, actor.organizationId, id);
  });
}

interface PendingRow extends Record<string, unknown> {
  plan_id: string;
  episode_id: string;
  client_id: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  mrn: string;
  program_name: string;
  version_number: number;
  signed_at: Date;
  signed_by_name: string | null;
}

/** Signed versions waiting in the programs this supervisor supervises, oldest first. */
export async function pendingApprovals(db: DbOrTx, actor: Actor): Promise<PendingApprovalItem[]> {
  const rows = await db.execute<PendingRow>(sql`
    select cp.id as plan_id, cp.episode_id, cp.client_id, c.first_name, c.last_name, c.preferred_name, c.mrn,
           p.name as program_name, cp.version_number, cp.signed_at, u.name as signed_by_name
      from care_plans cp
      join episodes e on e.id = cp.episode_id
      join programs p on p.id = e.program_id
      join clients c on c.id = cp.client_id
      left join users u on u.id = cp.signed_by_id
     where cp.organization_id = ${actor.organizationId}
       and cp.status = 'pending_approval'
       and exists (select 1 from program_staff ps
                    where ps.program_id = e.program_id and ps.user_id = ${actor.userId} and ps.role = 'supervisor')
     order by cp.signed_at`);
  return rows.rows.map((r) => ({
    planId: r.plan_id,
    episodeId: r.episode_id,
    clientId: r.client_id,
    clientName: `${r.preferred_name ?? r.first_name} ${r.last_name}`,
    mrn: r.mrn,
    programName: r.program_name,
    versionNumber: r.version_number,
    signedAt: new Date(r.signed_at).toISOString(),
    signedByName: r.signed_by_name,
  }));
}
