import type { CrisisEventView } from '@careloop/core';
import { and, count, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { crisisEvents } from './crisis.schema.js';
import { clientCrisisEvents } from './crisis-view.js';

/**
 * How many crisis events the client had since `since` (the risk tier's 90-day count). Kept free of
 * the assessments module: the risk inputs import it, and crisis calls the risk service.
 */
export async function countCrisisEventsSince(db: DbOrTx, clientId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(crisisEvents)
    .where(and(eq(crisisEvents.clientId, clientId), gte(crisisEvents.occurredAt, since)));
  return row?.n ?? 0;
}

/** The client's latest crisis events, newest first (for the on-call view; the caller audits the read). */
export function recentCrisisEvents(
  db: DbOrTx,
  organizationId: string,
  clientId: string,
  limit: number,
): Promise<CrisisEventView[]> {
  return clientCrisisEvents(db, organizationId, clientId, limit);
}
