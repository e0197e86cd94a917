import { GAD2 } from './definitions/gad2.js';
import { GAD7 } from './definitions/gad7.js';
import { PHQ2 } from './definitions/phq2.js';
import { PHQ9 } from './definitions/phq9.js';
import { parseFrequencyAnswers } from './frequency-answers.js';
import {
  InstrumentFlags,
  type InstrumentDefinition,
  type InstrumentFlag,
  type ScoreResult,
} from './instrument-types.js';
import { GAD7_BANDS, PHQ9_BANDS, severityFor } from './severity-bands.js';

/** Sum of the scored items, or null if any is unanswered: no proration (CLINICAL.md §1.1, §12.11). */
function totalIfComplete(values: readonly (number | null)[]): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}

function itemValues(
  definition: InstrumentDefinition,
  values: readonly (number | null)[],
): Record<string, number | null> {
  return Object.fromEntries(definition.items.map((item, i) => [item.code, values[i] ?? null]));
}

/** Flags in vocabulary order, so results compare and store deterministically. */
export function orderInstrumentFlags(flags: Iterable<InstrumentFlag>): InstrumentFlag[] {
  const set = new Set(flags);
  return InstrumentFlags.filter((f) => set.has(f));
}

/**
 * CLINICAL.md §1.1 decision support: at least 5 of the 9 items at "more than half the days" (≥ 2),
 * item 9 counting if present at all (≥ 1), and item 1 or item 2 among them.
 */
export function meetsMajorDepressiveSyndrome(items: readonly number[]): boolean {
  const endorsed = items.filter((v, i) => (i === 8 ? v >= 1 : v >= 2)).length;
  return endorsed >= 5 && ((items[0] ?? 0) >= 2 || (items[1] ?? 0) >= 2);
}

export function scorePhq9(answers: unknown): ScoreResult {
  const { scored, difficulty } = parseFrequencyAnswers(answers, {
    title: 'PHQ-9',
    scoredCount: 9,
    difficultyAllowed: true,
  });
  const total = totalIfComplete(scored);
  const flags: InstrumentFlag[] = [];
  // Safety rule first and independent of completeness and total (CLINICAL.md §1.1 item-9 rule).
  const item9 = scored[8] ?? null;
  if (item9 === null) flags.push('ask_item9');
  else if (item9 >= 1) flags.push('suicide_risk_followup');

  const complete = total !== null;
  const mds = complete ? meetsMajorDepressiveSyndrome(scored.map((v) => v ?? 0)) : null;
  if (mds === true) flags.push('major_depressive_syndrome');
  const [item1 = null, item2 = null] = scored;

  return {
    instrument: 'phq9',
    definitionVersion: PHQ9.version,
    complete,
    total,
    severity: total === null ? null : severityFor(total, PHQ9_BANDS),
    flags: orderInstrumentFlags(flags),
    itemValues: itemValues(PHQ9, [...scored, difficulty]),
    decisionSupport: {
      majorDepressiveSyndrome: mds,
      phq2Total: item1 !== null && item2 !== null ? item1 + item2 : null,
    },
  };
}

export function scoreGad7(answers: unknown): ScoreResult {
  const { scored, difficulty } = parseFrequencyAnswers(answers, {
    title: 'GAD-7',
    scoredCount: 7,
    difficultyAllowed: true,
  });
  const total = totalIfComplete(scored);
  return {
    instrument: 'gad7',
    definitionVersion: GAD7.version,
    complete: total !== null,
    total,
    severity: total === null ? null : severityFor(total, GAD7_BANDS),
    flags: [],
    itemValues: itemValues(GAD7, [...scored, difficulty]),
  };
}

/** PHQ-2 / GAD-2: screeners with a 0–6 total, no severity, and a positive screen at total ≥ cut-off. */
function scoreScreener(
  definition: InstrumentDefinition,
  title: string,
  answers: unknown,
  cutoff: number,
  flag: InstrumentFlag,
): ScoreResult {
  const { scored } = parseFrequencyAnswers(answers, { title, scoredCount: 2, difficultyAllowed: false });
  const total = totalIfComplete(scored);
  const positive = total === null ? null : total >= cutoff;
  return {
    instrument: definition.id,
    definitionVersion: definition.version,
    complete: total !== null,
    total,
    severity: null,
    flags: positive === true ? [flag] : [],
    itemValues: itemValues(definition, scored),
    decisionSupport: { screenCutoff: cutoff, positiveScreen: positive },
  };
}

export function scorePhq2(answers: unknown, cutoff: 2 | 3): ScoreResult {
  return scoreScreener(PHQ2, 'PHQ-2', answers, cutoff, 'administer_phq9');
}

export function scoreGad2(answers: unknown, cutoff: 2 | 3): ScoreResult {
  return scoreScreener(GAD2, 'GAD-2', answers, cutoff, 'administer_gad7');
}
