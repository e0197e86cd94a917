import { isCssrsComplete, parseCssrsAnswers } from './cssrs-answers.js';
import { CSSRS_RULE_SETS, minimumCssrsRiskLevel } from './cssrs-rules.js';
import { CSSRS_SCREEN } from './definitions/cssrs-screen.js';
import type { CssrsRiskLevel, CssrsRuleSetId, ScoreResult } from './instrument-types.js';
import { orderInstrumentFlags } from './score-frequency.js';

/**
 * riskLevel is the level when complete; when incomplete it is reported only if the answers already
 * force HIGH (nothing can lower it), so a yes on Q4 or Q5 alarms at once. Flags follow the level the
 * answers establish even when incomplete: a partial screen with a yes on Q1 still asks for follow-up.
 */
export function scoreCssrsScreen(answers: unknown, ruleSetId: CssrsRuleSetId): ScoreResult {
  const parsed = parseCssrsAnswers(answers);
  const rules = CSSRS_RULE_SETS[ruleSetId];
  const complete = isCssrsComplete(parsed);
  const minimum = minimumCssrsRiskLevel(parsed, rules);
  let riskLevel: CssrsRiskLevel | null = null;
  if (complete || minimum === 'high') riskLevel = minimum;
  return {
    instrument: 'cssrs_screen',
    definitionVersion: CSSRS_SCREEN.version,
    complete,
    total: null,
    severity: null,
    flags: orderInstrumentFlags(rules.flags[minimum]),
    riskLevel,
    ruleSet: rules.id,
    itemValues: { ...parsed },
    decisionSupport: { cssrsMinimumRiskLevel: minimum },
  };
}
