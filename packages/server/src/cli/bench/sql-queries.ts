import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/database.js';
import { listFlags } from '../../modules/assessments/flag-views.js';
import { riskSummary } from '../../modules/assessments/risk-tier.service.js';
import { reviewDueByEpisode } from '../../modules/careplans/plan-reviews.service.js';
import { casesOf, supervisedPrograms } from '../../modules/caseload/caseload.service.js';
import { safetyView } from '../../modules/caseload/safety-view.js';
import { lateIntakes, primaryLoads, supervisedCases } from '../../modules/caseload/supervision-queries.js';
import { parseQuery, searchClients } from '../../modules/clients/client-search.js';
import { cadenceFacts } from '../../modules/engagement/cadence-facts.js';
import { listClientCareTasks } from '../../modules/tasks/client-care-tasks.js';

/*
 * The data reads each read scenario's endpoint makes, without what the application adds around
 * them (session lookup, the access policy's relationship query, the audit row, the transaction
 * that holds them, JSON serialisation). Where a service exports its query function, that very
 * function runs here (no drift); queries written inline in a service are copied below and must
 * be kept in step with it.
 */

/** POST /api/clients/search : the ranked search (it sets its trigram threshold, so in a transaction). */
export function searchSql(db: Db, organizationId: string, q: string): Promise<unknown> {
  return db.transaction((tx) => searchClients(tx, organizationId, parseQuery(q), 20, 0));
}

/** GET /api/clients/:id (loadClientRow + identifiersOf, copied from clients.service.ts). */
async function clientSql(db: DbOrTx, organizationId: string, clientId: string): Promise<void> {
  await db.execute(sql`select * from clients where id = ${clientId} and organization_id = ${organizationId} limit 1`);
  await db.execute(sql`select * from client_identifiers where client_id = ${clientId} order by created_at`);
}

/** The chart's three reads, in the order the API scenario cycles through them. */
export const CHART_READS = ['client', 'alerts', 'risk'] as const;
export type ChartRead = (typeof CHART_READS)[number];

export async function chartSql(db: Db, organizationId: string, clientId: string, read: ChartRead): Promise<void> {
  switch (read) {
    case 'client':
      return clientSql(db, organizationId, clientId);
    case 'alerts':
      await listFlags(db, clientId);
      await listClientCareTasks(db, clientId);
      return;
    case 'risk':
      await riskSummary(db, clientId);
      return;
  }
}

/** GET /api/caseload: the staff name, the cases, plan reviews due, cadence facts. */
export async function caseloadSql(db: Db, organizationId: string, staffId: string): Promise<void> {
  await db.execute(sql`select name from users where id = ${staffId} and organization_id = ${organizationId}`);
  const episodeIds = (await casesOf(db, organizationId, staffId)).map((r) => r.episode_id);
  await reviewDueByEpisode(db, episodeIds);
  await cadenceFacts(db, organizationId, { episodeIds });
}

/** GET /api/caseload/supervision: the reads of supervision.service.ts, in its order. */
export async function supervisionSql(db: Db, organizationId: string, userId: string, now: Date): Promise<void> {
  const programIds = (await supervisedPrograms(db, organizationId, userId)).map((p) => p.id);
  const cases = await supervisedCases(db, organizationId, programIds);
  await primaryLoads(db, [...new Set(cases.map((c) => c.primary_id).filter((id): id is string => !!id))]);
  const episodeIds = cases.map((c) => c.episode_id);
  await cadenceFacts(db, organizationId, { episodeIds });
  await lateIntakes(db, organizationId, now);
  await reviewDueByEpisode(db, episodeIds);
  // The safety section's reads (its high-risk list is computed from the cadence facts above).
  await safetyView(db, cases, new Map(), now);
}
