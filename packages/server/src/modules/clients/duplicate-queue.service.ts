import type { Actor, DuplicateCandidate } from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { duplicatePairs } from './clients.schema.js';

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** Registration went ahead despite likely matches: queue each pair for an admin's second look. */
export function recordOverriddenPairs(tx: DbOrTx, actor: Actor, clientId: string, candidates: DuplicateCandidate[]) {
  return queuePairs(tx, actor, clientId, candidates, 'registration_override');
}

/** A check on an existing client found likely matches: queue them for an admin decision. */
export function recordFoundPairs(tx: DbOrTx, actor: Actor, clientId: string, candidates: DuplicateCandidate[]) {
  return queuePairs(tx, actor, clientId, candidates, 'on_demand');
}

async function queuePairs(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  candidates: DuplicateCandidate[],
  source: 'registration_override' | 'on_demand',
): Promise<void> {
  for (const c of candidates) {
    const [a, b] = ordered(clientId, c.id);
    await tx
      .insert(duplicatePairs)
      .values({
        organizationId: actor.organizationId,
        clientA: a,
        clientB: b,
        score: c.score,
        reasons: c.reasons,
        source,
        createdBy: actor.userId,
      })
      .onConflictDoNothing();
  }
}

/** Is (a, b) a candidate pair waiting in the queue? Only those are opened side by side. */
export async function isQueuedPair(db: DbOrTx, organizationId: string, x: string, y: string): Promise<boolean> {
  const [a, b] = ordered(x, y);
  const [pair] = await db
    .select({ id: duplicatePairs.id })
    .from(duplicatePairs)
    .where(
      and(
        eq(duplicatePairs.organizationId, organizationId),
        eq(duplicatePairs.clientA, a),
        eq(duplicatePairs.clientB, b),
        eq(duplicatePairs.status, 'open'),
      ),
    );
  return pair !== undefined;
}

export interface QueueItem {
  id: string;
  score: number;
  reasons: string[];
  source: string;
  status: string;
  createdAt: string;
  version: number;
  a: QueueClient;
  b: QueueClient;
}
interface QueueClient {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string;
}

export async function listDuplicateQueue(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<QueueItem[]> {
  return ctx.database.db.transaction(async (tx) => {
    const res = await tx.execute<Record<string, unknown>>(sql`
      select p.id, p.score, p.reasons, p.source, p.status, p.created_at, p.version,
        a.id as a_id, a.mrn as a_mrn, a.first_name as a_first, a.last_name as a_last, a.preferred_name as a_pref, a.date_of_birth::text as a_dob,
        b.id as b_id, b.mrn as b_mrn, b.first_name as b_first, b.last_name as b_last, b.preferred_name as b_pref, b.date_of_birth::text as b_dob
      from duplicate_pairs p
      join clients a on a.id = p.client_a
      join clients b on b.id = p.client_b
      where p.organization_id = ${actor.organizationId} and p.status = 'open'
        and a.merged_into_id is null and b.merged_into_id is null
      order by p.score desc, p.created_at
      limit 200`);
    await recordAudit(
      tx,
      actor,
      {
        action: 'duplicates.list',
        entityType: 'duplicate_pairs',
        purpose: 'duplicate_review',
        clientIds: [...new Set(res.rows.flatMap((r) => [String(r.a_id), String(r.b_id)]))],
        details: { returned: res.rows.length },
      },
      meta,
    );
    const client = (r: Record<string, unknown>, p: 'a' | 'b'): QueueClient => ({
      id: String(r[`${p}_id`]),
      mrn: String(r[`${p}_mrn`]),
      firstName: String(r[`${p}_first`]),
      lastName: String(r[`${p}_last`]),
      preferredName: (r[`${p}_pref`] as string | null) ?? null,
      dateOfBirth: String(r[`${p}_dob`]),
    });
    return res.rows.map((r) => ({
      id: String(r.id),
      score: Number(r.score),
      reasons: r.reasons as string[],
      source: String(r.source),
      status: String(r.status),
      createdAt: new Date(r.created_at as string).toISOString(),
      version: Number(r.version),
      a: client(r, 'a'),
      b: client(r, 'b'),
    }));
  });
}

/** An admin decides a queued pair are different people. */
export async function dismissPair(
  ctx: AppContext,
  actor: Actor,
  pairId: string,
  version: number,
  meta: RequestMeta,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const [pair] = await tx
      .select()
      .from(duplicatePairs)
      .where(and(eq(duplicatePairs.id, pairId), eq(duplicatePairs.organizationId, actor.organizationId)))
      .for('update');
    if (!pair) throw notFound('Duplicate pair');
    if (pair.version !== version) throw versionConflict({ id: pair.id, status: pair.status, version: pair.version });
    await tx
      .update(duplicatePairs)
      .set({ status: 'not_duplicate', resolvedBy: actor.userId, resolvedAt: ctx.now(), version: pair.version + 1 })
      .where(eq(duplicatePairs.id, pairId));
    await recordAudit(
      tx,
      actor,
      {
        action: 'duplicates.dismiss',
        entityType: 'duplicate_pair',
        entityId: pairId,
        details: { clientA: pair.clientA, clientB: pair.clientB },
      },
      meta,
    );
  });
}

export async function markPairMerged(tx: DbOrTx, organizationId: string, x: string, y: string, by: string, at: Date) {
  const [a, b] = ordered(x, y);
  await tx
    .insert(duplicatePairs)
    .values({
      organizationId,
      clientA: a,
      clientB: b,
      score: 1,
      source: 'merge',
      status: 'merged',
      resolvedBy: by,
      resolvedAt: at,
    })
    .onConflictDoUpdate({
      target: [duplicatePairs.organizationId, duplicatePairs.clientA, duplicatePairs.clientB],
      set: { status: 'merged', resolvedBy: by, resolvedAt: at, version: sql`${duplicatePairs.version} + 1` },
    });
}
