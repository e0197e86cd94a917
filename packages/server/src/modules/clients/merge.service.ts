import type { Actor } from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { CLIENT_LINKED_TABLES } from './client-links.js';
import { loadClientRow } from './clients.service.js';
import { clientMerges, clients } from './clients.schema.js';
import { markPairMerged } from './duplicate-queue.service.js';
import { toMergeView, toMergeViews, type MergeView } from './merge-view.js';

/**
 * Moves every client-linked row of `mergedId` to `survivorId` and leaves `mergedId` as a tombstone
 * that points to the survivor. Nothing is deleted: the moved row ids are kept for undo.
 */
export async function mergeClients(
  ctx: AppContext,
  actor: Actor,
  input: { survivorId: string; mergedId: string; reason?: string | null | undefined },
  meta: RequestMeta,
): Promise<MergeView> {
  if (input.survivorId === input.mergedId) {
    throw new AppError(400, 'validation_failed', 'Some fields are invalid.', {
      fields: [{ path: 'mergedId', message: 'Choose two different clients.' }],
    });
  }
  return ctx.database.db.transaction(async (tx) => {
    // Lock both in id order so two opposite merges cannot deadlock.
    const [firstId, secondId] = [input.survivorId, input.mergedId].sort() as [string, string];
    const first = await loadClientRow(tx, actor, firstId, true);
    const second = await loadClientRow(tx, actor, secondId, true);
    const survivor = first.id === input.survivorId ? first : second;
    const merged = first.id === input.mergedId ? first : second;
    if (survivor.mergedIntoId || merged.mergedIntoId) {
      throw new AppError(409, 'conflict', 'One of these records has already been merged.');
    }
    const moved: Record<string, string[]> = {};
    for (const table of CLIENT_LINKED_TABLES) {
      const res = await tx.execute<{ id: string }>(
        sql`update ${sql.identifier(table)} set client_id = ${survivor.id} where client_id = ${merged.id} returning id`,
      );
      moved[table] = res.rows.map((r) => r.id);
    }
    const now = ctx.now();
    await tx
      .update(clients)
      .set({ mergedIntoId: survivor.id, updatedAt: now, version: merged.version + 1 })
      .where(eq(clients.id, merged.id));
    const [record] = await tx
      .insert(clientMerges)
      .values({
        organizationId: actor.organizationId,
        survivorId: survivor.id,
        mergedId: merged.id,
        moved,
        reason: input.reason ?? null,
        mergedBy: actor.userId,
        mergedAt: now,
      })
      .returning();
    if (!record) throw new Error('merge record not written');
    await markPairMerged(tx, actor.organizationId, survivor.id, merged.id, actor.userId, now);
    const view = await toMergeView(tx, actor.organizationId, record);
    for (const clientId of [survivor.id, merged.id]) {
      await recordAudit(
        tx,
        actor,
        {
          action: 'client.merge',
          entityType: 'client_merge',
          entityId: record.id,
          clientId,
          purpose: 'duplicate_review',
          details: { survivorId: survivor.id, mergedId: merged.id, moved: view.moved },
        },
        meta,
      );
    }
    return view;
  });
}

/** Reverses a merge: the moved rows go back and the tombstone becomes a live record again. */
export async function undoMerge(ctx: AppContext, actor: Actor, mergeId: string, meta: RequestMeta): Promise<MergeView> {
  return ctx.database.db.transaction(async (tx) => {
    const [record] = await tx
      .select()
      .from(clientMerges)
      .where(and(eq(clientMerges.id, mergeId), eq(clientMerges.organizationId, actor.organizationId)))
      .for('update');
    if (!record) throw notFound('Merge');
    if (record.undoneAt) throw new AppError(409, 'conflict', 'This merge has already been undone.');
    for (const [table, ids] of Object.entries(record.moved)) {
      if (!CLIENT_LINKED_TABLES.includes(table) || ids.length === 0) continue;
      await tx.execute(
        sql`update ${sql.identifier(table)} set client_id = ${record.mergedId} where id = any(${sql.param(ids)}::uuid[]) and client_id = ${record.survivorId}`,
      );
    }
    const merged = await loadClientRow(tx, actor, record.mergedId, true);
    const now = ctx.now();
    await tx
      .update(clients)
      .set({ mergedIntoId: null, updatedAt: now, version: merged.version + 1 })
      .where(eq(clients.id, record.mergedId));
    const [undone] = await tx
      .update(clientMerges)
      .set({ undoneBy: actor.userId, undoneAt: now })
      .where(eq(clientMerges.id, mergeId))
      .returning();
    for (const clientId of [record.survivorId, record.mergedId]) {
      await recordAudit(
        tx,
        actor,
        {
          action: 'client.unmerge',
          entityType: 'client_merge',
          entityId: mergeId,
          clientId,
          purpose: 'duplicate_review',
        },
        meta,
      );
    }
    return toMergeView(tx, actor.organizationId, undone!);
  });
}

/** Recent merges with both clients named; reading those names is client data, so it is audited. */
export async function listMerges(ctx: AppContext, actor: Actor, meta: RequestMeta): Promise<MergeView[]> {
  return ctx.database.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(clientMerges)
      .where(eq(clientMerges.organizationId, actor.organizationId))
      .orderBy(sql`${clientMerges.mergedAt} desc`)
      .limit(100);
    const views = await toMergeViews(tx, actor.organizationId, rows);
    await recordAudit(
      tx,
      actor,
      {
        action: 'merges.list',
        entityType: 'client_merges',
        purpose: 'duplicate_review',
        clientIds: [...new Set(views.flatMap((v) => [v.survivorId, v.mergedId]))],
        details: { returned: views.length },
      },
      meta,
    );
    return views;
  });
}
