/**
 * Measurement-based care outcomes, exactly as CLINICAL.md §4: every comparison is against the
 * baseline (the first eligible score in the episode), never the previous score.
 */
export const MBC_RULE_SET_VERSION = 'careloop-mbc@2';

/**
 * A PHQ-9 or GAD-7 given again less than this many days after the last one that counts asks
 * about the same two weeks: it is shown, but left out of change labels (both instruments look
 * back "over the last 2 weeks").
 */
export const REPEAT_WINDOW_DAYS = 14;
const REPEAT_WINDOW_MS = REPEAT_WINDOW_DAYS * 24 * 3_600_000;

/** True when `at` falls less than 14 days after `previousAt` (exactly 14 days counts). */
export function isRepeatWithinWindow(previousAt: string, at: string): boolean {
  const gap = Date.parse(at) - Date.parse(previousAt);
  return gap >= 0 && gap < REPEAT_WINDOW_MS;
}

export const MbcMeasures = ['phq9', 'gad7'] as const;
export type MbcMeasure = (typeof MbcMeasures)[number];

export interface MeasureRules {
  measure: MbcMeasure;
  /** Highest possible total; scores outside 0..max are not eligible. */
  maxScore: number;
  /** A baseline at or above this is eligible for response and remission. */
  eligibleBaselineMin: number;
  /** Response: follow-up reduced by at least this percent of the baseline. */
  responsePercent: number;
  /** Remission: follow-up below this. */
  remissionBelow: number;
  /** IAPT reliable change, in points, both directions. */
  reliableChange: number;
  /** Minimal clinically important individual change; null where none is established. */
  minimalImportantChange: number | null;
  /** IAPT caseness: at or above. */
  casenessMin: number;
}

export const PHQ9_RULES: MeasureRules = {
  measure: 'phq9',
  maxScore: 27,
  eligibleBaselineMin: 10, // > 9, CMS159 / NQF 1885
  responsePercent: 50,
  remissionBelow: 5,
  reliableChange: 6,
  minimalImportantChange: 5, // Löwe 2004
  casenessMin: 10,
};

/**
 * GAD-7 response and remission have no single standard (§4 [U]): defaults mirror PHQ-9. Eligibility
 * uses 10, the GAD-7 cut-off for probable anxiety disorder, rather than the caseness 8, so a change
 * from a mild baseline is not reported as response. No clinically important change is set in §4.
 */
export const GAD7_RULES: MeasureRules = {
  measure: 'gad7',
  maxScore: 21,
  eligibleBaselineMin: 10,
  responsePercent: 50,
  remissionBelow: 5,
  reliableChange: 4,
  minimalImportantChange: null,
  casenessMin: 8,
};

export interface MbcScore {
  at: string;
  total: number;
}

export interface MeasureOutcome {
  measure: MbcMeasure;
  baseline: MbcScore | null;
  /** The most recent score: the baseline itself when there is no follow-up yet. */
  latest: MbcScore | null;
  hasFollowUp: boolean;
  /** Scores left out because they repeated an earlier one within 14 days. */
  repeatsExcluded: MbcScore[];
  /** latest − baseline; negative is improvement. Null without a follow-up. */
  change: number | null;
  /** (baseline − latest) / baseline × 100, unrounded. Null without a follow-up or with baseline 0. */
  percentReduction: number | null;
  /** The baseline qualifies for response and remission. */
  eligible: boolean;
  /** Null when not eligible or without a follow-up. */
  response: boolean | null;
  remission: boolean | null;
  /** Null without a follow-up. */
  reliableImprovement: boolean | null;
  reliableDeterioration: boolean | null;
  /** |change| at least the minimal important change; null without one, or without a follow-up. */
  clinicallyImportant: boolean | null;
  labels: string[];
}

const NAMES: Record<MbcMeasure, string> = { phq9: 'PHQ-9', gad7: 'GAD-7' };

/** Valid, dated scores in time order; Array.prototype.sort is stable for equal times. */
function eligibleScores(series: readonly MbcScore[], rules: MeasureRules): MbcScore[] {
  return series
    .filter(
      (s) => Number.isInteger(s.total) && s.total >= 0 && s.total <= rules.maxScore && !Number.isNaN(Date.parse(s.at)),
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Splits time-ordered scores into those that count and the repeats within the window. */
export function withoutRepeats(sorted: readonly MbcScore[]): { kept: MbcScore[]; repeats: MbcScore[] } {
  const kept: MbcScore[] = [];
  const repeats: MbcScore[] = [];
  for (const s of sorted) {
    const last = kept.at(-1);
    if (last && isRepeatWithinWindow(last.at, s.at)) repeats.push(s);
    else kept.push(s);
  }
  return { kept, repeats };
}

export function measureOutcome(series: readonly MbcScore[], rules: MeasureRules): MeasureOutcome {
  const name = NAMES[rules.measure];
  const { kept: scores, repeats } = withoutRepeats(eligibleScores(series, rules));
  const baseline = scores[0] ?? null;
  const latest = scores.at(-1) ?? null;
  const eligible = baseline !== null && baseline.total >= rules.eligibleBaselineMin;
  const empty: MeasureOutcome = {
    measure: rules.measure,
    baseline,
    latest,
    hasFollowUp: false,
    repeatsExcluded: repeats,
    change: null,
    percentReduction: null,
    eligible,
    response: null,
    remission: null,
    reliableImprovement: null,
    reliableDeterioration: null,
    clinicallyImportant: null,
    labels: [],
  };
  if (baseline === null || latest === null) return { ...empty, labels: [`No ${name} score yet`] };
  const labels: string[] = [];
  if (repeats.length > 0) {
    labels.push(
      `${repeats.length} ${name} ${repeats.length === 1 ? 'repeat' : 'repeats'} within ${REPEAT_WINDOW_DAYS} days left out of change`,
    );
  }
  if (!eligible) {
    labels.push(`Baseline ${name} below ${rules.eligibleBaselineMin}: not eligible for response or remission`);
  }
  if (scores.length < 2) return { ...empty, labels: [...labels, `${name} baseline only: no follow-up yet`] };

  const b = baseline.total;
  const f = latest.total;
  const change = f - b;
  const percentReduction = b === 0 ? null : ((b - f) / b) * 100;
  // Compared in integers, so exactly 50% is a response with no floating-point doubt.
  const response = eligible ? (b - f) * 100 >= rules.responsePercent * b : null;
  const remission = eligible ? f < rules.remissionBelow : null;
  const reliableImprovement = change <= -rules.reliableChange;
  const reliableDeterioration = change >= rules.reliableChange;
  const mic = rules.minimalImportantChange;
  const clinicallyImportant = mic === null ? null : Math.abs(change) >= mic;

  if (response) labels.push(`Response (${rules.responsePercent}% or more below baseline)`);
  if (remission) labels.push(`Remission (${name} below ${rules.remissionBelow})`);
  if (reliableImprovement) labels.push(`Reliable improvement (down ${rules.reliableChange} or more)`);
  if (reliableDeterioration) labels.push(`Reliable deterioration (up ${rules.reliableChange} or more)`);
  if (!reliableImprovement && !reliableDeterioration) labels.push('No reliable change');
  if (clinicallyImportant && mic !== null) {
    labels.push(`Clinically important ${change < 0 ? 'improvement' : 'worsening'} (${mic} points or more)`);
  }
  return {
    ...empty,
    hasFollowUp: true,
    change,
    percentReduction,
    response,
    remission,
    reliableImprovement,
    reliableDeterioration,
    clinicallyImportant,
    labels,
  };
}

export function phq9Outcome(series: readonly MbcScore[], rules: MeasureRules = PHQ9_RULES): MeasureOutcome {
  return measureOutcome(series, rules);
}

export function gad7Outcome(series: readonly MbcScore[], rules: MeasureRules = GAD7_RULES): MeasureOutcome {
  return measureOutcome(series, rules);
}
