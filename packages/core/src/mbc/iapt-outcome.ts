import {
  GAD7_RULES,
  measureOutcome,
  PHQ9_RULES,
  type MeasureOutcome,
  type MeasureRules,
  type MbcScore,
} from './outcomes.js';

export interface IaptOutcome {
  phq9: MeasureOutcome;
  gad7: MeasureOutcome;
  /** Both measures have a baseline and a follow-up: needed for every result below but caseAtStart. */
  paired: boolean;
  /** PHQ-9 ≥ 10 or GAD-7 ≥ 8 at baseline; null unless both baselines exist. */
  caseAtStart: boolean | null;
  caseAtEnd: boolean | null;
  /** Case at start and a case on neither measure at the end; null when not a case at start. */
  recovery: boolean | null;
  /** At least one measure reliably improved and neither reliably deteriorated. */
  reliableImprovement: boolean | null;
  /** Either measure reliably deteriorated. */
  reliableDeterioration: boolean | null;
  /** Recovery and reliable improvement; null when recovery is. */
  reliableRecovery: boolean | null;
  labels: string[];
}

const isCase = (score: MbcScore | null, rules: MeasureRules) => score !== null && score.total >= rules.casenessMin;

/**
 * IAPT (NHS Talking Therapies) paired outcomes, CLINICAL.md §4. Baseline and end are each measure's
 * first and latest scores; they are not required to share a date. Reliable deterioration on either
 * measure is reported even if the other improved — the cautious reading, so a worsening is never
 * hidden.
 */
export function iaptOutcome(
  phq9Series: readonly MbcScore[],
  gad7Series: readonly MbcScore[],
  rules: { phq9: MeasureRules; gad7: MeasureRules } = { phq9: PHQ9_RULES, gad7: GAD7_RULES },
): IaptOutcome {
  const phq9 = measureOutcome(phq9Series, rules.phq9);
  const gad7 = measureOutcome(gad7Series, rules.gad7);
  const bothBaselines = phq9.baseline !== null && gad7.baseline !== null;
  const caseAtStart = bothBaselines ? isCase(phq9.baseline, rules.phq9) || isCase(gad7.baseline, rules.gad7) : null;
  const paired = phq9.hasFollowUp && gad7.hasFollowUp;
  if (!paired) {
    return {
      phq9,
      gad7,
      paired,
      caseAtStart,
      caseAtEnd: null,
      recovery: null,
      reliableImprovement: null,
      reliableDeterioration: null,
      reliableRecovery: null,
      labels: ['IAPT outcomes need a PHQ-9 and a GAD-7 at the start and at a later session'],
    };
  }

  const caseAtEnd = isCase(phq9.latest, rules.phq9) || isCase(gad7.latest, rules.gad7);
  const reliableDeterioration = phq9.reliableDeterioration === true || gad7.reliableDeterioration === true;
  const reliableImprovement =
    (phq9.reliableImprovement === true || gad7.reliableImprovement === true) && !reliableDeterioration;
  const recovery = caseAtStart === true ? !caseAtEnd : null;
  const reliableRecovery = recovery === null ? null : recovery && reliableImprovement;

  const labels: string[] = [];
  if (caseAtStart !== true) labels.push('Not a case at start: recovery does not apply');
  if (recovery === true) labels.push('Recovery');
  if (recovery === false) labels.push('Not recovered: still a case at the end');
  if (reliableRecovery === true) labels.push('Reliable recovery');
  if (reliableImprovement) labels.push('Reliable improvement');
  if (reliableDeterioration) labels.push('Reliable deterioration');
  if (!reliableImprovement && !reliableDeterioration) labels.push('No reliable change');
  return {
    phq9,
    gad7,
    paired,
    caseAtStart,
    caseAtEnd,
    recovery,
    reliableImprovement,
    reliableDeterioration,
    reliableRecovery,
    labels,
  };
}
