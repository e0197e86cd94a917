import type { Actor } from '@careloop/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/database.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { carePlans } from './careplans.schema.js';

/**
 * A move to another program keeps the client's plan: the current version of the sending
 * episode (the effective one, else the version in progress) becomes version 1 of the receiving
 * episode in the same standing — an agreed plan stays agreed, with its signature and review date,
 * so nobody has to re-sign to keep the client's goals in force. Called in the move's transaction.
 */
export async function carryPlanOver(
  tx: DbOrTx,
  actor: Actor,
  fromEpisodeId: string,
  toEpisodeId: string,
  fromProgramName: string,
  now: Date,
  meta: RequestMeta,
): Promise<string | null> {
  const [current] = await tx
    .select()
    .from(carePlans)
    .where(
      and(
        eq(carePlans.episodeId, fromEpisodeId),
        inArray(carePlans.status, ['effective', 'pending_approval', 'draft']),
      ),
    )
    // effective first, then the newest version in progress
    .orderBy(desc(eq(carePlans.status, 'effective')), desc(carePlans.versionNumber))
    .limit(1);
  if (!current) return null;
  const { id: _id, episodeId: _e, versionNumber: _n, version: _v, createdAt: _c, updatedAt: _u, ...same } = current;
  const [row] = await tx
    .insert(carePlans)
    .values({
      ...same,
      episodeId: toEpisodeId,
      versionNumber: 1,
      // Approval belongs to the sending program's supervisor: a pending version arrives as a draft.
      status: current.status === 'pending_approval' ? 'draft' : current.status,
      changeSummary: `Carried over from ${fromProgramName} (version ${current.versionNumber}).`,
      createdById: actor.userId,
      createdAt: now,
      updatedById: actor.userId,
      updatedAt: now,
    })
    .returning({ id: carePlans.id });
  if (!row) throw new Error('care plan insert returned nothing');
  await recordAudit(
    tx,
    actor,
    {
      action: 'care_plan.carry_over',
      entityType: 'care_plan',
      entityId: row.id,
      clientId: current.clientId,
      details: { fromPlanId: current.id, fromEpisodeId, toEpisodeId },
    },
    meta,
  );
  return row.id;
}
