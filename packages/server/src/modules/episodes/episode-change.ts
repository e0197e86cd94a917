import type { Actor, EpisodeStage, EpisodeView } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { AppError, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { loadEpisodeRow, type EpisodeRow } from './episode-row.js';
import { episodeView } from './episode-view.js';
import { episodes, episodeStageChanges } from './episodes.schema.js';

export type EpisodeChanges = Partial<typeof episodes.$inferInsert>;

export const episodeClosedError = () => new AppError(409, 'conflict', 'This episode is closed.');

export async function recordStageChange(
  tx: DbOrTx,
  actor: Actor,
  episodeId: string,
  from: EpisodeStage | null,
  to: EpisodeStage,
  reason: string | null,
  at: Date,
): Promise<void> {
  await tx.insert(episodeStageChanges).values({
    organizationId: actor.organizationId,
    episodeId,
    fromStage: from,
    toStage: to,
    reason,
    changedAt: at,
    changedById: actor.userId,
  });
}

/**
 * Load with a row lock, check the version and that the episode is open, apply what `decide`
 * returns, audit; the shape of every episode change.
 */
export async function changeEpisode(
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | undefined,
  action: string,
  meta: RequestMeta,
  decide: (tx: DbOrTx, row: EpisodeRow, now: Date) => Promise<EpisodeChanges>,
): Promise<EpisodeView> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction((tx) => changeEpisodeInTx(tx, ctx, actor, id, expected, action, meta, decide));
}

/**
 * The same change in the caller's transaction; `expected` null when a rule of another module
 * (e.g. a hospital admission moving the whereabouts) changes the episode, not a person's edit.
 */
export async function changeEpisodeInTx(
  tx: DbOrTx,
  ctx: AppContext,
  actor: Actor,
  id: string,
  expected: number | null,
  action: string,
  meta: RequestMeta,
  decide: (tx: DbOrTx, row: EpisodeRow, now: Date) => Promise<EpisodeChanges>,
): Promise<EpisodeView> {
  const row = await loadEpisodeRow(tx, actor, id, true);
  if (expected !== null && row.version !== expected) {
    throw versionConflict(await episodeView(tx, actor, id, ctx.stageFacts));
  }
  if (row.stage === 'closed') throw episodeClosedError();
  const now = ctx.now();
  const changes = await decide(tx, row, now);
  await tx
    .update(episodes)
    .set({ ...changes, updatedAt: now, version: row.version + 1 })
    .where(eq(episodes.id, id));
  await recordAudit(
    tx,
    actor,
    {
      action,
      entityType: 'episode',
      entityId: id,
      clientId: row.clientId,
      details: { fields: Object.keys(changes), stage: changes.stage ?? row.stage },
    },
    meta,
  );
  return episodeView(tx, actor, id, ctx.stageFacts);
}
