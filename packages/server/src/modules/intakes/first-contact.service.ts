import {
  evaluateFirstContactScreen,
  InstrumentValidationError,
  raiseUrgency,
  type Actor,
  type EmergentReason,
  type FirstContactBody,
  type FirstContactScreenView,
  type IntakeView,
} from '@careloop/core';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.js';
import { validationFailed } from '../../http/errors.js';
import type { RequestMeta } from '../audit/audit.writer.js';
import { recordAssessment } from '../assessments/assessments.service.js';
import { users } from '../users/users.schema.js';
import { announceEmergent } from './intake-notices.js';
import { changeIntake, type IntakeChanges } from './intake-workflow.service.js';
import { dueTimes } from './intakes.service.js';

/** The engine names items `answers.N`; on this form they are the PHQ-2 or C-SSRS fields. */
function screenErrors(e: InstrumentValidationError, field: 'phq2' | 'cssrs') {
  return validationFailed(e.fields.map((f) => ({ path: f.path.replace(/^answers/, field), message: f.message })));
}

function evaluate(body: FirstContactBody) {
  try {
    return evaluateFirstContactScreen(body);
  } catch (e) {
    if (!(e instanceof InstrumentValidationError)) throw e;
    const cssrs = e.fields.some((f) => f.path === 'cssrs' || /^answers\.q/.test(f.path));
    throw screenErrors(e, cssrs ? 'cssrs' : 'phq2');
  }
}

/**
 * First contact records the brief screen (CCBHC §5.3), not a bare timestamp. Its result can
 * raise the intake's urgency (never lower it) and then reaches the on-call clinician at once;
 * when the person is already registered, the PHQ-2 and C-SSRS go into the chart as results, so
 * the safety rules raise their flags and owned tasks there too.
 */
export function recordFirstContact(
  ctx: AppContext,
  actor: Actor,
  id: string,
  body: FirstContactBody,
  expected: number | undefined,
  meta: RequestMeta,
): Promise<IntakeView> {
  const outcome = evaluate(body);
  return changeIntake(ctx, actor, id, expected, 'intake.first_contact', meta, async (tx, row, now) => {
    const at = body.at ? new Date(body.at) : now;
    if (at.getTime() > now.getTime() + 5 * 60_000) {
      throw validationFailed([{ path: 'at', message: 'Cannot be in the future.' }]);
    }
    if (at.getTime() < row.receivedAt.getTime()) {
      throw validationFailed([{ path: 'at', message: 'Cannot be before the referral was received.' }]);
    }
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId));
    const screen: FirstContactScreenView = {
      at: at.toISOString(),
      method: body.method,
      screenedById: actor.userId,
      screenedByName: me?.name ?? null,
      phq2: outcome.phq2,
      cssrsRiskLevel: outcome.cssrsRiskLevel,
      notScreenedReason: body.notScreenedReason ?? null,
      note: body.note ?? null,
      nextSteps: outcome.nextSteps,
    };
    const changes: IntakeChanges = {
      firstContactAt: row.firstContactAt ?? at,
      firstContactScreen: screen,
      assignedToId: row.assignedToId ?? actor.userId,
      status: row.status === 'new' ? 'in_progress' : row.status,
    };
    const urgency = raiseUrgency(row.urgency, outcome.urgencyAtLeast);
    if (urgency !== row.urgency) {
      Object.assign(changes, { urgency }, await dueTimes(tx, actor.organizationId, row.receivedAt, urgency));
    }
    if (outcome.urgencyAtLeast === 'emergent') {
      const reasons = new Set<EmergentReason>(row.emergentReasons);
      reasons.add('risk_on_screen');
      changes.emergentReasons = [...reasons];
      await announceEmergent(tx, actor.organizationId, row.id, actor.userId, now);
    }
    if (row.clientId && !body.notScreenedReason) {
      for (const [instrument, answers] of [
        ['phq2', body.phq2],
        ['cssrs_screen', body.cssrs],
      ] as const) {
        await recordAssessment(
          tx,
          actor,
          row.clientId,
          { instrument, answers, mode: 'clinician', administeredAt: at.toISOString() },
          now,
          meta,
        );
      }
    }
    return changes;
  });
}
