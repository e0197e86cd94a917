import type { Actor, ClientFlagView, FlagKind } from '@careloop/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { completeAnsweredTasks } from '../tasks/rule-task.service.js';
import { clientFlags } from './assessments.schema.js';
import { listFlags } from './flag-views.js';
import { recomputeRiskTier } from './risk-tier.service.js';

/** The client a flag belongs to (for the access check before touching it). */
export async function flagOwner(db: DbOrTx, actor: Actor, id: string): Promise<string> {
  const [r] = await db
    .select({ clientId: clientFlags.clientId })
    .from(clientFlags)
    .where(and(eq(clientFlags.id, id), eq(clientFlags.organizationId, actor.organizationId)));
  if (!r) throw notFound('Flag');
  return r.clientId;
}

/**
 * Only a clinician's documented risk assessment clears a flag (never time); it also answers the
 * urgent evaluation a high-risk screen asked for. The tier is recomputed.
 */
export async function resolveFlag(
  ctx: AppContext,
  actor: Actor,
  id: string,
  riskAssessment: string,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<ClientFlagView[]> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const [f] = await tx.select().from(clientFlags).where(eq(clientFlags.id, id)).for('update');
    if (!f) throw notFound('Flag');
    if (f.version !== expected) throw versionConflict(null);
    if (f.status !== 'open') throw new AppError(409, 'conflict', 'This flag is already resolved.');
    const now = ctx.now();
    await tx
      .update(clientFlags)
      .set({
        status: 'resolved',
        resolvedAt: now,
        resolvedById: actor.userId,
        resolution: riskAssessment,
        version: f.version + 1,
      })
      .where(eq(clientFlags.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'client_flag.resolve',
        entityType: 'client_flag',
        entityId: id,
        clientId: f.clientId,
        details: { kind: f.kind },
      },
      meta,
    );
    // The urgent evaluation a high-risk screen asked for is what this documented assessment is.
    if (f.kind === 'safety_precautions') {
      await completeAnsweredTasks(
        tx,
        actor,
        f.clientId,
        ['urgent_bh_evaluation'],
        "Answered by the clinician's documented risk assessment.",
        now,
        meta,
        { entityType: 'client_flag', entityId: id },
      );
    }
    await recomputeRiskTier(tx, actor, f.clientId, now);
    return listFlags(tx, f.clientId);
  });
}

export interface FlagSyncResult {
  raised: string[];
  resolved: string[];
}

/**
 * For a rule whose alert tracks a state (the engagement rules' `disengaged`): one open flag of
 * this kind per client in `wanted` (the partial unique index keeps it one), and none for the other
 * `clientIds`, each closed with the rule's `resolution`. In the caller's transaction.
 */
export async function syncRuleFlags(
  tx: DbOrTx,
  organizationId: string,
  kind: FlagKind,
  clientIds: readonly string[],
  wanted: ReadonlySet<string>,
  resolution: (clientId: string) => string,
  now: Date,
  actorUserId: string | null,
): Promise<FlagSyncResult> {
  const result: FlagSyncResult = { raised: [], resolved: [] };
  const open = await tx
    .select({ id: clientFlags.id, clientId: clientFlags.clientId })
    .from(clientFlags)
    .where(
      and(
        eq(clientFlags.organizationId, organizationId),
        eq(clientFlags.kind, kind),
        eq(clientFlags.status, 'open'),
        inArray(clientFlags.clientId, [...clientIds]),
      ),
    );
  const openFor = new Set(open.map((f) => f.clientId));

  for (const f of open) {
    if (wanted.has(f.clientId)) continue;
    await tx
      .update(clientFlags)
      .set({
        status: 'resolved',
        resolvedAt: now,
        resolvedById: actorUserId,
        resolution: resolution(f.clientId),
        version: sql`${clientFlags.version} + 1`,
      })
      .where(eq(clientFlags.id, f.id));
    result.resolved.push(f.clientId);
  }

  for (const clientId of wanted) {
    if (openFor.has(clientId)) continue;
    const inserted = await tx
      .insert(clientFlags)
      .values({ organizationId, clientId, kind, sourceResultIds: [], raisedAt: now, lastRaisedAt: now })
      .onConflictDoNothing({
        target: [clientFlags.clientId, clientFlags.kind],
        where: sql`${clientFlags.status} = 'open'`,
      })
      .returning({ id: clientFlags.id });
    if (inserted.length) result.raised.push(clientId);
  }
  return result;
}
