import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { carePlans } from './careplans.schema.js';

/** The fact the care-plan guard reads: the episode has a plan the client agreed to. */
export async function carePlanFacts(db: DbOrTx, episodeId: string): Promise<Record<string, boolean>> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(carePlans)
    .where(and(eq(carePlans.episodeId, episodeId), eq(carePlans.status, 'effective')));
  return { care_plan_agreed: (r?.n ?? 0) > 0 };
}
