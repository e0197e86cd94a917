import { and, asc, eq, gt } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { advocacyCases } from './advocacy.schema.js';
import { syncDeadlineTasks } from './advocacy-tasks.js';

const BATCH = 200;

export interface AdvocacySweepResult {
  cases: number;
  raised: number;
  closed: number;
}

/**
 * The deadline rule as a job: a case saved weeks before its deadline gets its task when the
 * lead days begin. Walks open cases in keyset batches, one transaction per batch.
 */
export async function runAdvocacyDeadlineSweep(ctx: AppContext, now: Date): Promise<AdvocacySweepResult> {
  const result: AdvocacySweepResult = { cases: 0, raised: 0, closed: 0 };
  let after: string | null = null;
  for (;;) {
    const last: string | null = await ctx.database.db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(advocacyCases)
        .where(and(eq(advocacyCases.status, 'open'), after ? gt(advocacyCases.id, after) : undefined))
        .orderBy(asc(advocacyCases.id))
        .limit(BATCH);
      for (const c of rows) {
        const r = await syncDeadlineTasks(tx, c, now);
        result.raised += r.raised;
        result.closed += r.closed;
      }
      result.cases += rows.length;
      return rows.length === BATCH ? (rows.at(-1)?.id ?? null) : null;
    });
    if (!last) break;
    after = last;
  }
  return result;
}
