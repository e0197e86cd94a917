import type { Actor, AssessmentResultView, CreateAssessmentBody } from '@careloop/core';
import { isRepeatWithinWindow, REPEAT_WINDOW_DAYS } from '@careloop/core';
import { and, desc, eq, lte } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/database.js';
import { validationFailed } from '../../http/errors.js';
import { recordAudit, type RequestMeta } from '../audit/audit.writer.js';
import { episodes } from '../episodes/episodes.schema.js';
import { users } from '../users/users.schema.js';
import { instrumentResults } from './assessments.schema.js';
import { scoreOrReject } from './instrument-scoring.js';
import { recomputeRiskTier } from './risk-tier.service.js';
import { applySafetyRules, type SafetyActions } from './safety-rules.js';

type Warning = { code: string; message: string };

type ResultRow = typeof instrumentResults.$inferSelect;

function toView(
  r: ResultRow,
  signedByName: string | null,
  actions?: SafetyActions,
  warnings?: Warning[],
): AssessmentResultView {
  return {
    id: r.id,
    clientId: r.clientId,
    episodeId: r.episodeId,
    instrument: r.instrument,
    definitionVersion: r.definitionVersion,
    complete: r.complete,
    total: r.total,
    severity: r.severity,
    flags: r.flags,
    riskLevel: r.riskLevel,
    answers: r.answers,
    mode: r.mode,
    administeredAt: r.administeredAt.toISOString(),
    signedAt: r.signedAt.toISOString(),
    signedById: r.signedById,
    signedByName,
    ...(actions ? { actions } : {}),
    ...(warnings ? { warnings } : {}),
  };
}

async function requireClientEpisode(db: DbOrTx, clientId: string, episodeId: string): Promise<void> {
  const [e] = await db
    .select({ id: episodes.id })
    .from(episodes)
    .where(and(eq(episodes.id, episodeId), eq(episodes.clientId, clientId)));
  if (!e) throw validationFailed([{ path: 'episodeId', message: 'Not an episode of this client.' }]);
}

const REPEATABLE = { phq9: 'PHQ-9', gad7: 'GAD-7' } as const;

/**
 * CLINICAL.md §4: a PHQ-9 or GAD-7 given again within 14 days asks about the same fortnight. It
 * is kept (the answers are real), the giver is warned, and change labels leave it out.
 */
async function repeatWarning(
  tx: DbOrTx,
  clientId: string,
  instrument: string,
  administeredAt: Date,
): Promise<Warning[]> {
  if (instrument !== 'phq9' && instrument !== 'gad7') return [];
  const [prev] = await tx
    .select({ at: instrumentResults.administeredAt })
    .from(instrumentResults)
    .where(
      and(
        eq(instrumentResults.clientId, clientId),
        eq(instrumentResults.instrument, instrument),
        eq(instrumentResults.complete, true),
        lte(instrumentResults.administeredAt, administeredAt),
      ),
    )
    .orderBy(desc(instrumentResults.administeredAt))
    .limit(1);
  if (!prev || !isRepeatWithinWindow(prev.at.toISOString(), administeredAt.toISOString())) return [];
  const name = REPEATABLE[instrument];
  return [
    {
      code: 'repeat_within_14_days',
      message: `A ${name} was given on ${prev.at.toISOString().slice(0, 10)}, less than ${REPEAT_WINDOW_DAYS} days before this one: it is kept, but left out of change from baseline.`,
    },
  ];
}

/**
 * Store a signed result (immutable) and, in the caller's transaction, apply the safety rules and
 * recompute the risk tier. Incomplete results are stored too: their safety flags still count.
 * Other modules (the intake's first-contact screen) call this with their own transaction.
 */
export async function recordAssessment(
  tx: DbOrTx,
  actor: Actor,
  clientId: string,
  body: CreateAssessmentBody,
  now: Date,
  meta: RequestMeta,
): Promise<AssessmentResultView> {
  const scored = scoreOrReject(body.instrument, body.answers);
  const administeredAt = body.administeredAt ? new Date(body.administeredAt) : now;
  if (administeredAt.getTime() > now.getTime() + 5 * 60_000) {
    throw validationFailed([{ path: 'administeredAt', message: 'Cannot be in the future.' }]);
  }
  if (body.episodeId) await requireClientEpisode(tx, clientId, body.episodeId);
  const warnings = scored.complete ? await repeatWarning(tx, clientId, body.instrument, administeredAt) : [];
  const [row] = await tx
    .insert(instrumentResults)
    .values({
      organizationId: actor.organizationId,
      clientId,
      episodeId: body.episodeId ?? null,
      instrument: body.instrument,
      definitionVersion: scored.definitionVersion,
      ruleSet: scored.ruleSet,
      answers: body.answers ?? null,
      complete: scored.complete,
      total: scored.total,
      severity: scored.severity,
      riskLevel: scored.riskLevel ?? null,
      flags: scored.flags,
      mode: body.mode,
      administeredAt,
      signedById: actor.userId,
      signedAt: now,
    })
    .returning();
  if (!row) throw new Error('result insert returned nothing');
  const actions = await applySafetyRules(
    tx,
    actor,
    { instrument: body.instrument, complete: scored.complete, flags: scored.flags, riskLevel: scored.riskLevel },
    { clientId, resultId: row.id, episodeId: body.episodeId ?? null, now, meta },
  );
  await recomputeRiskTier(tx, actor, clientId, now);
  await recordAudit(
    tx,
    actor,
    {
      action: 'assessment.create',
      entityType: 'instrument_result',
      entityId: row.id,
      clientId,
      details: {
        instrument: body.instrument,
        complete: scored.complete,
        flags: scored.flags,
        repeat: warnings.length > 0,
      },
    },
    meta,
  );
  const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
  return toView(row, me?.name ?? null, actions, warnings);
}

export function createAssessment(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  body: CreateAssessmentBody,
  meta: RequestMeta,
): Promise<AssessmentResultView> {
  return ctx.database.db.transaction((tx) => recordAssessment(tx, actor, clientId, body, ctx.now(), meta));
}

export async function listAssessments(db: DbOrTx, clientId: string): Promise<AssessmentResultView[]> {
  const rows = await db
    .select({ r: instrumentResults, name: users.name })
    .from(instrumentResults)
    .leftJoin(users, eq(users.id, instrumentResults.signedById))
    .where(eq(instrumentResults.clientId, clientId))
    .orderBy(desc(instrumentResults.administeredAt));
  return rows.map(({ r, name }) => toView(r, name));
}
