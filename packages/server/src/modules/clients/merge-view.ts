import type { ClientIdentity } from '@careloop/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { type clientMerges, clients } from './clients.schema.js';

type MergeRecord = typeof clientMerges.$inferSelect;

export interface MergeView {
  id: string;
  survivorId: string;
  mergedId: string;
  /** Who each side is: the reviewer must see whom a merge joined, not an id. */
  survivor: ClientIdentity;
  merged: ClientIdentity;
  moved: Record<string, number>;
  mergedAt: string;
  undoneAt: string | null;
}

/** MRN and name of each client, read in the caller's transaction (whose audit row covers it). */
async function identities(db: DbOrTx, organizationId: string, ids: string[]): Promise<Map<string, ClientIdentity>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: clients.id,
      mrn: clients.mrn,
      firstName: clients.firstName,
      lastName: clients.lastName,
      preferredName: clients.preferredName,
    })
    .from(clients)
    .where(and(eq(clients.organizationId, organizationId), inArray(clients.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Merge records as the API shows them, with both clients named. */
export async function toMergeViews(db: DbOrTx, organizationId: string, records: MergeRecord[]): Promise<MergeView[]> {
  const who = await identities(
    db,
    organizationId,
    records.flatMap((m) => [m.survivorId, m.mergedId]),
  );
  const identity = (id: string): ClientIdentity => {
    const found = who.get(id);
    // Clients are never deleted (a merged one stays as a tombstone), so this is a broken invariant.
    if (!found) throw new Error('merged client missing');
    return found;
  };
  return records.map((m) => ({
    id: m.id,
    survivorId: m.survivorId,
    mergedId: m.mergedId,
    survivor: identity(m.survivorId),
    merged: identity(m.mergedId),
    moved: Object.fromEntries(Object.entries(m.moved).map(([t, ids]) => [t, ids.length])),
    mergedAt: m.mergedAt.toISOString(),
    undoneAt: m.undoneAt?.toISOString() ?? null,
  }));
}

export async function toMergeView(db: DbOrTx, organizationId: string, record: MergeRecord): Promise<MergeView> {
  const [view] = await toMergeViews(db, organizationId, [record]);
  if (!view) throw new Error('merge view missing');
  return view;
}
