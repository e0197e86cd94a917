import { cssrsCompletions, type CssrsScreenAnswers } from './cssrs-answers.js';
import { CssrsRiskLevels, type CssrsRiskLevel, type CssrsRuleSetId, type InstrumentFlag } from './instrument-types.js';

/** A versioned mapping from complete C-SSRS screen answers to a risk level and its default actions. */
export interface CssrsRuleSet {
  id: CssrsRuleSetId;
  description: string;
  /** Level of a complete answer set; items not asked are null. */
  level: (a: CssrsScreenAnswers) => CssrsRiskLevel;
  flags: Readonly<Record<CssrsRiskLevel, readonly InstrumentFlag[]>>;
}

/**
 * CLINICAL.md §2 default. Only HIGH is verified against the Columbia triage guidelines; the
 * moderate/low split is [U] (§12.1), hence a versioned rule set rather than hard-coded logic.
 */
const COLUMBIA_TRIAGE_V1: CssrsRuleSet = {
  id: 'columbia-triage@1',
  description:
    'High: Q4 or Q5 yes, or Q6 yes within 3 months. Moderate: Q3 yes, or Q6 yes more than 3 months ago. Low: Q1 or Q2 yes. None: all asked items no.',
  level: (a) => {
    if (a.q4 === true || a.q5 === true || (a.q6 === true && a.q6Within3Months === true)) return 'high';
    if (a.q3 === true || (a.q6 === true && a.q6Within3Months === false)) return 'moderate';
    if (a.q1 === true || a.q2 === true) return 'low';
    return 'none';
  },
  flags: {
    none: [],
    low: ['suicide_risk_followup'],
    moderate: ['suicide_risk_followup', 'safety_plan_recommended'],
    high: ['suicide_risk_followup', 'safety_precautions', 'urgent_bh_evaluation', 'safety_plan_recommended'],
  },
};

export const CSSRS_RULE_SETS: Readonly<Record<CssrsRuleSetId, CssrsRuleSet>> = {
  'columbia-triage@1': COLUMBIA_TRIAGE_V1,
};

const rank = (level: CssrsRiskLevel): number => CssrsRiskLevels.indexOf(level);

/**
 * The lowest level over every way the unanswered items could still be answered: what the answers
 * given so far already establish. For a complete set it is simply the level.
 */
export function minimumCssrsRiskLevel(a: CssrsScreenAnswers, rules: CssrsRuleSet): CssrsRiskLevel {
  let minimum: CssrsRiskLevel = 'high';
  for (const completion of cssrsCompletions(a)) {
    const level = rules.level(completion);
    if (rank(level) < rank(minimum)) minimum = level;
  }
  return minimum;
}
