import type { Actor } from '@careloop/core';
import { subDays } from 'date-fns';
import type { DbOrTx } from '../db/database.js';
import { recordAssessment } from '../modules/assessments/assessments.service.js';

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

const SEED_META = { ip: null, userAgent: null, requestId: null };

/**
 * Signed PHQ-9 results for the first demo clients, recorded as history (no episode) through the
 * real assessment service: safety rules, owned tasks and the tier rules run as for a live result.
 */
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
      await recordAssessment(
        tx,
        actor,
        clientId,
        { instrument: 'phq9', answers, mode: 'clinician', administeredAt: at.toISOString() },
        at,
        SEED_META,
      );
    }
  }
}
