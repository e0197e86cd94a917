import { scoreInstrument, type Actor } from '@careloop/core';
import { subDays } from 'date-fns';
import type { DbOrTx } from '../db/database.js';
import { instrumentResults } from '../modules/assessments/assessments.schema.js';
import { recomputeRiskTier } from '../modules/assessments/risk-tier.service.js';
import { applySafetyRules } from '../modules/assessments/safety-rules.js';

// PHQ-9 answers per demo client (by position in the caseload), a few weeks apart: trends to chart.
const PHQ9_SERIES: (number | null)[][][] = [
  [
    [2, 2, 2, 1, 2, 2, 1, 1, 0],
    [1, 1, 2, 1, 1, 1, 1, 0, 0],
  ],
  [[1, 1, 1, 1, 1, 1, 1, 0, 1]], // item 9 = 1: the suicide-risk flag and a C-SSRS task
  [
    [3, 3, 2, 2, 2, 2, 2, 1, 0],
    [2, 2, 2, 2, 1, 2, 1, 1, 0],
    [1, 1, 1, 1, 1, 0, 1, 0, 0],
  ],
  [[0, 1, 1, 0, 1, 0, 0, 0, 0]],
];

/** Signed PHQ-9 results for the first demo clients, run through the real safety rules and tier rules. */
export async function seedDemoAssessments(
  tx: DbOrTx,
  actor: Actor,
  clientIds: readonly string[],
  now: Date,
): Promise<void> {
  for (const [i, series] of PHQ9_SERIES.entries()) {
    const clientId = clientIds[i];
    if (!clientId) break;
    for (const [k, answers] of series.entries()) {
      const at = subDays(now, (series.length - 1 - k) * 21 + 1);
      const r = scoreInstrument('phq9', answers);
      const [row] = await tx
        .insert(instrumentResults)
        .values({
          organizationId: actor.organizationId,
          clientId,
          instrument: 'phq9',
          definitionVersion: r.definitionVersion,
          answers,
          complete: r.complete,
          total: r.total,
          severity: r.severity,
          flags: r.flags,
          mode: 'clinician',
          administeredAt: at,
          signedById: actor.userId,
          signedAt: at,
        })
        .returning({ id: instrumentResults.id });
      if (row) await applySafetyRules(tx, actor, clientId, row.id, r.flags, at);
    }
    await recomputeRiskTier(tx, actor, clientId, now);
  }
}
