import { sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { evaluateClients } from './engagement.service.js';
import { RULE_SOURCES } from './rule-tasks.js';

/** Clients evaluated per transaction: short transactions, one facts query per batch. */
export const SWEEP_BATCH = 200;

export interface SweepSummary {
  clients: number;
  flagsRaised: number;
  flagsResolved: number;
  tasksRaised: number;
  tasksClosed: number;
}

/**
 * The next clients to evaluate, by id: those with an open episode, and those with an alert or a
 * rule task still open (so these close when the episode does).
 */
async function nextClients(db: DbOrTx, organizationId: string, after: string | null): Promise<string[]> {
  // Each arm takes its own next batch along an index, so a batch costs the same at the end of
  // a 100,000-client organisation as at its start (no re-sorting of everything per batch).
  // Distinct within each arm: a client moving between programs has two open episodes, and a
  // short batch after the union would otherwise end the sweep early.
  const past = (column: SQL) => (after ? sql`and ${column} > ${after}` : sql``);
  const res = await db.execute<{ client_id: string }>(sql`
    select client_id from (
      (select distinct client_id from episodes
       where organization_id = ${organizationId} and stage <> 'closed' ${past(sql`client_id`)}
       order by client_id limit ${SWEEP_BATCH})
      union
      (select distinct client_id from client_flags
       where organization_id = ${organizationId} and kind = 'disengaged' and status = 'open' ${past(sql`client_id`)}
       order by client_id limit ${SWEEP_BATCH})
      union
      (select distinct client_id from care_tasks
       where organization_id = ${organizationId} and status = 'open' and client_id is not null
         and source = any(${sql.param([...RULE_SOURCES])}::text[]) ${past(sql`client_id`)}
       order by client_id limit ${SWEEP_BATCH})
    ) c
    order by client_id limit ${SWEEP_BATCH}`);
  return res.rows.map((r) => r.client_id);
}

/**
 * Evaluate the follow-up rules for one organisation or all, in keyset batches by client id.
 * Safe to run on several instances at once: the rules' writes are idempotent (one open task per
 * source key, one open alert per client).
 */
export async function runFollowUpSweep(ctx: AppContext, organizationId?: string): Promise<SweepSummary> {
  const db = ctx.database.db;
  const summary: SweepSummary = { clients: 0, flagsRaised: 0, flagsResolved: 0, tasksRaised: 0, tasksClosed: 0 };
  const orgs = organizationId
    ? [organizationId]
    : (await db.execute<{ id: string }>(sql`select id from organizations order by id`)).rows.map((r) => r.id);
  for (const org of orgs) {
    let after: string | null = null;
    for (;;) {
      const ids = await nextClients(db, org, after);
      if (ids.length === 0) break;
      const changes = await db.transaction((tx) => evaluateClients(tx, ctx, { organizationId: org, clientIds: ids }));
      summary.clients += ids.length;
      for (const c of changes) {
        if (c.flag === 'raised') summary.flagsRaised += 1;
        if (c.flag === 'resolved') summary.flagsResolved += 1;
        summary.tasksRaised += c.tasksRaised.length;
        summary.tasksClosed += c.tasksClosed.length;
      }
      if (ids.length < SWEEP_BATCH) break;
      after = ids[ids.length - 1] ?? null;
    }
  }
  return summary;
}
