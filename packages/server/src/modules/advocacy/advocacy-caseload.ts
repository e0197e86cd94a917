import { deadlineDaysOverdue, localDate, nextOpenDeadline } from '@careloop/core';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { openCasesOf } from './advocacy-view.js';

export interface ClientAdvocacyDeadline {
  caseId: string;
  what: string;
  dueDate: string;
  /** The client's open advocacy cases. */
  openCases: number;
  /** Days past the due date in the organisation's calendar (0 until it passes). */
  daysOverdue: number;
}

/**
 * The nearest unmet deadline of each client's open advocacy cases, in one read for a whole
 * caseload (clients with open cases and no deadline get none but still count their cases).
 */
export async function nearestAdvocacyDeadlines(
  db: DbOrTx,
  organizationId: string,
  clientIds: readonly string[],
  now: Date,
): Promise<Map<string, ClientAdvocacyDeadline>> {
  const rows = await openCasesOf(db, organizationId, clientIds);
  if (rows.length === 0) return new Map();
  const zone = await db.execute<{ time_zone: string }>(
    sql`select time_zone from organizations where id = ${organizationId}`,
  );
  const today = localDate(now, zone.rows[0]?.time_zone ?? 'UTC');
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.clientId, (counts.get(r.clientId) ?? 0) + 1);
  const result = new Map<string, ClientAdvocacyDeadline>();
  for (const r of rows) {
    const next = nextOpenDeadline(r.deadlines);
    if (!next) continue;
    const best = result.get(r.clientId);
    if (!best || next.dueDate < best.dueDate) {
      result.set(r.clientId, {
        caseId: r.id,
        what: next.what,
        dueDate: next.dueDate,
        openCases: counts.get(r.clientId) ?? 1,
        daysOverdue: deadlineDaysOverdue(next.dueDate, today),
      });
    }
  }
  return result;
}
