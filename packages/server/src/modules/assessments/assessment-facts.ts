import { and, eq, gte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { needsAssessments, riskTiers } from './assessments.schema.js';

// A needs assessment completed at intake, shortly before enrolment, still counts.
const NEEDS_LOOKBACK_MS = 30 * 24 * 3_600_000;

/** Facts the assessment guards read: a recent completed needs assessment, and a risk tier. */
export async function assessmentFacts(
  db: DbOrTx,
  clientId: string,
  episodeOpenedAt: Date,
): Promise<Record<string, boolean>> {
  const since = new Date(episodeOpenedAt.getTime() - NEEDS_LOOKBACK_MS);
  const [needs] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(needsAssessments)
    .where(
      and(
        eq(needsAssessments.clientId, clientId),
        eq(needsAssessments.status, 'completed'),
        gte(needsAssessments.completedAt, since),
      ),
    );
  const [tier] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(riskTiers)
    .where(eq(riskTiers.clientId, clientId));
  return { needs_assessment_complete: (needs?.n ?? 0) > 0, risk_tier_set: (tier?.n ?? 0) > 0 };
}
