import { recommendProgramModel, type Actor, type LevelOfCareView, type LocusResultBody } from '@careloop/core';
import { desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { users } from '../users/users.schema.js';
import { locusResults } from './assessments.schema.js';
import { gatherRiskInput } from './risk-inputs.js';
import { riskSummary } from './risk-tier.service.js';

/** Decision support from the current tier and needs, with the LOCUS results raters entered. */
export async function levelOfCare(db: DbOrTx, clientId: string, now: Date): Promise<LevelOfCareView> {
  const summary = await riskSummary(db, clientId);
  const input = await gatherRiskInput(db, clientId, now);
  const tier = summary.current?.tier ?? null;
  const rows = await db
    .select({ l: locusResults, name: users.name })
    .from(locusResults)
    .leftJoin(users, eq(users.id, locusResults.ratedById))
    .where(eq(locusResults.clientId, clientId))
    .orderBy(desc(locusResults.ratedAt));
  return {
    tier,
    recommendation: tier
      ? recommendProgramModel({
          tier,
          needs: input.needs,
          hospitalizations180d: input.hospitalizations180d,
          crisisEvents90d: input.crisisEvents90d,
        })
      : null,
    locus: rows.map(({ l, name }) => ({
      id: l.id,
      ratings: l.ratings,
      recommendedLevel: l.recommendedLevel,
      actualLevel: l.actualLevel,
      reasonForVariance: l.reasonForVariance,
      ratedAt: l.ratedAt.toISOString(),
      ratedByName: name,
    })),
  };
}

export async function recordLocus(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: LocusResultBody,
  meta: RequestMeta,
): Promise<LevelOfCareView> {
  return ctx.database.db.transaction(async (tx) => {
    const now = ctx.now();
    const [row] = await tx
      .insert(locusResults)
      .values({
        organizationId: actor.organizationId,
        clientId,
        ratings: body.ratings,
        recommendedLevel: body.recommendedLevel,
        actualLevel: body.actualLevel,
        reasonForVariance: body.reasonForVariance ?? null,
        ratedById: actor.userId,
        ratedAt: now,
      })
      .returning({ id: locusResults.id });
    await recordAudit(
      tx,
      actor,
      { action: 'locus.record', entityType: 'locus_result', entityId: row?.id, clientId },
      meta,
    );
    return levelOfCare(tx, clientId, now);
  });
}
