import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { clientFlags } from '../assessments/assessments.schema.js';

/** How the engagement rules close the alert they raised. */
export const ENGAGED_AGAIN = 'Successful contact';
const NO_OPEN_EPISODE = 'No open episode';

export interface FlagSyncResult {
  raised: string[];
  resolved: string[];
}

/**
 * One open `disengaged` flag per disengaged client (the partial unique index keeps it one), and
 * none for the others: the alert tracks the state, so it closes itself when the client is reached.
 */
export async function syncDisengagedFlags(
  tx: DbOrTx,
  organizationId: string,
  clientIds: readonly string[],
  disengaged: ReadonlySet<string>,
  withOpenEpisode: ReadonlySet<string>,
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
        eq(clientFlags.kind, 'disengaged'),
        eq(clientFlags.status, 'open'),
        inArray(clientFlags.clientId, [...clientIds]),
      ),
    );
  const openFor = new Set(open.map((f) => f.clientId));

  for (const f of open) {
    if (disengaged.has(f.clientId)) continue;
    await tx
      .update(clientFlags)
      .set({
        status: 'resolved',
        resolvedAt: now,
        resolvedById: actorUserId,
        resolution: withOpenEpisode.has(f.clientId) ? ENGAGED_AGAIN : NO_OPEN_EPISODE,
        version: sql`${clientFlags.version} + 1`,
      })
      .where(eq(clientFlags.id, f.id));
    result.resolved.push(f.clientId);
  }

  for (const clientId of disengaged) {
    if (openFor.has(clientId)) continue;
    const inserted = await tx
      .insert(clientFlags)
      .values({ organizationId, clientId, kind: 'disengaged', sourceResultIds: [], raisedAt: now, lastRaisedAt: now })
      .onConflictDoNothing({
        target: [clientFlags.clientId, clientFlags.kind],
        where: sql`${clientFlags.status} = 'open'`,
      })
      .returning({ id: clientFlags.id });
    if (inserted.length) result.raised.push(clientId);
  }
  return result;
}
