import type { Actor, CreateUnmetNeedBody, UnmetNeedView, UpdateUnmetNeedBody } from '@careloop/core';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { notFound, validationFailed, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { findDirectoryService } from '../directory/service-lookup.js';
import { unmetNeedView } from './unmet-need-view.js';
import { unmetNeeds } from './unmet-needs.schema.js';

/** The client's current episode (open first, else the latest): its program is the one the need counts for. */
async function currentEpisode(tx: DbOrTx, clientId: string) {
  const res = await tx.execute<{ id: string; program_id: string }>(sql`
    select id, program_id from episodes where client_id = ${clientId}
    order by (stage <> 'closed') desc, opened_at desc limit 1`);
  return res.rows[0] ?? null;
}

export async function recordUnmetNeed(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateUnmetNeedBody,
  meta: RequestMeta,
): Promise<UnmetNeedView> {
  return ctx.database.db.transaction(async (tx) => {
    if (body.serviceId && !(await findDirectoryService(tx, actor.organizationId, body.serviceId))) {
      throw validationFailed([{ path: 'serviceId', message: 'No such service in the directory.' }]);
    }
    const episode = await currentEpisode(tx, clientId);
    const [row] = await tx
      .insert(unmetNeeds)
      .values({
        organizationId: actor.organizationId,
        clientId,
        episodeId: episode?.id ?? null,
        programId: episode?.program_id ?? null,
        category: body.category,
        reason: body.reason,
        note: body.note ?? null,
        serviceId: body.serviceId ?? null,
        referralId: body.referralId ?? null,
        recordedById: actor.userId,
        recordedAt: ctx.now(),
      })
      .returning({ id: unmetNeeds.id });
    if (!row) throw new Error('unmet need insert returned nothing');
    await recordAudit(
      tx,
      actor,
      {
        action: 'unmet_need.create',
        entityType: 'unmet_need',
        entityId: row.id,
        clientId,
        details: { category: body.category, reason: body.reason, serviceId: body.serviceId ?? null },
      },
      meta,
    );
    return unmetNeedView(tx, actor.organizationId, row.id);
  });
}

/** Mark met, withdrawn or open again (optimistic concurrency). */
export async function updateUnmetNeed(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: UpdateUnmetNeedBody,
  meta: RequestMeta,
): Promise<UnmetNeedView> {
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(unmetNeeds)
      .where(and(eq(unmetNeeds.id, id), eq(unmetNeeds.organizationId, actor.organizationId)))
      .for('update');
    if (!row) throw notFound('Unmet need');
    if (row.version !== body.version) throw versionConflict(await unmetNeedView(tx, actor.organizationId, id));
    const now = ctx.now();
    const resolved = body.status !== 'open';
    await tx
      .update(unmetNeeds)
      .set({
        status: body.status,
        resolutionNote: resolved ? (body.note ?? null) : null,
        resolvedAt: resolved ? now : null,
        resolvedById: resolved ? actor.userId : null,
        version: row.version + 1,
      })
      .where(eq(unmetNeeds.id, id));
    await recordAudit(
      tx,
      actor,
      {
        action: 'unmet_need.update',
        entityType: 'unmet_need',
        entityId: id,
        clientId: row.clientId,
        details: { from: row.status, to: body.status },
      },
      meta,
    );
    return unmetNeedView(tx, actor.organizationId, id);
  });
}
