import { checkTransition, type Actor, type EpisodeStage, type EpisodeView, type MoveProgramBody } from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { AppError, notFound, preconditionRequired, versionConflict } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { auditBase, episodeClosedError, recordStageChange } from './episode-change.js';
import { loadEpisodeRow } from './episode-row.js';
import { episodeView } from './episode-view.js';
import { episodes } from './episodes.schema.js';
import { insertEpisode, requireCareStaff, requireOpenProgram } from './episodes.service.js';
import { gatherFacts, STAGE_GUARDS } from './stage-rules.js';

/**
 * Step up or down to another program: the current episode goes to `transition` and points at
 * a new episode in the receiving program (in assessment: the client was screened already). The
 * whole history stays with the client; the sending team keeps the case until the hand-off.
 */
export async function moveToProgram(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: MoveProgramBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<{ from: EpisodeView; to: EpisodeView }> {
  if (expected === undefined) throw preconditionRequired();
  return ctx.database.db.transaction(async (tx) => {
    const row = await loadEpisodeRow(tx, actor, id, true);
    if (row.version !== expected) throw versionConflict(await episodeView(tx, actor, id));
    if (row.stage === 'closed') throw episodeClosedError();
    if (body.toProgramId === row.programId) {
      throw new AppError(409, 'conflict', 'The client is already in this program.');
    }
    const from = row.stage as EpisodeStage;
    const check = checkTransition(from, 'transition', await gatherFacts(tx, { episode: row }), STAGE_GUARDS);
    if (!check.allowed) {
      throw new AppError(409, 'stage_blocked', `The episode cannot move from ${from} to transition yet.`, {
        unmet: check.unmet,
      });
    }
    const program = await requireOpenProgram(tx, actor, body.toProgramId, 'toProgramId');
    await requireCareStaff(tx, actor, body.primaryCaseManagerId, 'primaryCaseManagerId');
    const now = ctx.now();
    const newId = await insertEpisode(
      tx,
      actor,
      {
        clientId: row.clientId,
        programId: program.id,
        primaryCaseManagerId: body.primaryCaseManagerId,
        stage: 'assessment',
        reason: `Transferred in: ${body.reason}`,
        eligibilityReason: row.eligibilityReason ?? 'Transferred from another program',
        previousEpisodeId: row.id,
      },
      now,
    );
    await recordStageChange(tx, actor, row.id, from, 'transition', `Moving to ${program.name}: ${body.reason}`, now);
    await tx
      .update(episodes)
      .set({ stage: 'transition', nextEpisodeId: newId, updatedAt: now, version: row.version + 1 })
      .where(eq(episodes.id, row.id));
    await recordAudit(tx, {
      ...auditBase(actor),
      action: 'episode.move',
      outcome: 'success',
      entityType: 'episode',
      entityId: row.id,
      clientId: row.clientId,
      details: { toEpisodeId: newId, toProgramId: program.id },
      meta,
    });
    return { from: await episodeView(tx, actor, row.id), to: await episodeView(tx, actor, newId) };
  });
}

/**
 * The receiving team accepts the client (called on the new episode). The sending episode moves
 * on to post-transition, where check-ins continue for a while so nobody falls through the gap.
 */
export async function acceptHandoff(
  ctx: AppContext,
  actor: Actor,
  newEpisodeId: string,
  meta: RequestMeta,
): Promise<EpisodeView> {
  return ctx.database.db.transaction(async (tx) => {
    const target = await loadEpisodeRow(tx, actor, newEpisodeId);
    if (!target.previousEpisodeId) throw new AppError(409, 'conflict', 'This episode is not a hand-off.');
    const prev = await loadEpisodeRow(tx, actor, target.previousEpisodeId, true).catch(() => {
      throw notFound('Sending episode');
    });
    if (prev.handoffAcceptedAt) throw new AppError(409, 'conflict', 'The hand-off was already accepted.');
    const now = ctx.now();
    const accepted = { ...prev, handoffAcceptedAt: now };
    const advance =
      prev.stage === 'transition' &&
      checkTransition('transition', 'post_transition', await gatherFacts(tx, { episode: accepted }), STAGE_GUARDS)
        .allowed;
    if (advance) await recordStageChange(tx, actor, prev.id, 'transition', 'post_transition', 'Hand-off accepted', now);
    await tx
      .update(episodes)
      .set({
        handoffAcceptedAt: now,
        ...(advance ? { stage: 'post_transition' } : {}),
        updatedAt: now,
        version: prev.version + 1,
      })
      .where(eq(episodes.id, prev.id));
    await recordAudit(tx, {
      ...auditBase(actor),
      action: 'episode.accept_handoff',
      outcome: 'success',
      entityType: 'episode',
      entityId: newEpisodeId,
      clientId: target.clientId,
      details: { fromEpisodeId: prev.id },
      meta,
    });
    return episodeView(tx, actor, newEpisodeId);
  });
}
