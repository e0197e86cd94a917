import {
  computeRiskTier,
  type Actor,
  type RiskReason,
  type RiskSummaryView,
  type RiskTier,
  type RiskTierView,
} from '@careloop/core';
import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { riskTiers } from './assessments.schema.js';
import { listFlags } from './flag-views.js';
import { gatherRiskInput } from './risk-inputs.js';

type TierRow = typeof riskTiers.$inferSelect;

function toView(r: TierRow, setByName: string | null): RiskTierView {
  return {
    id: r.id,
    tier: r.tier,
    computedTier: r.computedTier,
    ruleSetVersion: r.ruleSetVersion,
    reasons: r.reasons,
    overridden: r.overrideReason !== null,
    overrideReason: r.overrideReason,
    setAt: r.setAt.toISOString(),
    setByName,
  };
}

async function currentRow(db: DbOrTx, clientId: string): Promise<TierRow | undefined> {
  const [r] = await db
    .select()
    .from(riskTiers)
    .where(eq(riskTiers.clientId, clientId))
    .orderBy(desc(riskTiers.seq))
    .limit(1);
  return r;
}

const sameReasons = (a: unknown, b: readonly RiskReason[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Recompute the tier and its reasons from the record, on every instrument, flag, override and
 * needs event. A new row is written when the tier or any reason changed (so "Why" never shows a
 * stale reason, such as a missing C-SSRS after one was given). A clinician's override stands
 * while the computed tier is unchanged (new reasons are carried under it); new evidence that
 * changes the computed tier ends it.
 */
export async function recomputeRiskTier(tx: DbOrTx, actor: Actor, clientId: string, now: Date): Promise<void> {
  const result = computeRiskTier(await gatherRiskInput(tx, clientId, now));
  const cur = await currentRow(tx, clientId);
  if (
    cur &&
    cur.computedTier === result.tier &&
    cur.ruleSetVersion === result.version &&
    sameReasons(cur.reasons, result.reasons)
  ) {
    return;
  }
  const keepOverride = cur !== undefined && cur.overrideReason !== null && cur.computedTier === result.tier;
  await tx.insert(riskTiers).values({
    organizationId: actor.organizationId,
    clientId,
    tier: keepOverride ? cur.tier : result.tier,
    computedTier: result.tier,
    ruleSetVersion: result.version,
    reasons: result.reasons,
    overrideReason: keepOverride ? cur.overrideReason : null,
    setById: actor.userId,
    setAt: now,
  });
}

export async function overrideRiskTier(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: { tier: RiskTier; reason: string },
  meta: RequestMeta,
): Promise<RiskSummaryView> {
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const computed = computeRiskTier(await gatherRiskInput(tx, clientId, now));
    await tx.insert(riskTiers).values({
      organizationId: actor.organizationId,
      clientId,
      tier: body.tier,
      computedTier: computed.tier,
      ruleSetVersion: computed.version,
      reasons: computed.reasons,
      overrideReason: body.reason,
      setById: actor.userId,
      setAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'risk_tier.override',
        entityType: 'risk_tier',
        clientId,
        details: { tier: body.tier, computedTier: computed.tier },
      },
      meta,
    );
  });
  return riskSummary(ctx.database.db, clientId);
}

export async function riskSummary(db: DbOrTx, clientId: string): Promise<RiskSummaryView> {
  const rows = await db
    .select({ r: riskTiers, name: users.name })
    .from(riskTiers)
    .leftJoin(users, eq(users.id, riskTiers.setById))
    .where(eq(riskTiers.clientId, clientId))
    .orderBy(desc(riskTiers.seq));
  const history = rows.map(({ r, name }) => toView(r, name));
  return { current: history[0] ?? null, history, openFlags: await listFlags(db, clientId, true) };
}
