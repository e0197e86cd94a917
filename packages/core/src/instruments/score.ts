import type { FieldError } from '../http/errors.js';
import { InstrumentValidationError } from './instrument-errors.js';
import {
  CssrsRuleSetIds,
  DEFAULT_CSSRS_RULE_SET,
  InstrumentIds,
  isInstrumentId,
  type CssrsRuleSetId,
  type InstrumentId,
  type ScoreResult,
  type ScoringOptions,
} from './instrument-types.js';
import { scoreCssrsScreen } from './score-cssrs.js';
import { scoreGad2, scoreGad7, scorePhq2, scorePhq9 } from './score-frequency.js';

interface ResolvedOptions {
  phq2Cutoff: 2 | 3;
  gad2Cutoff: 2 | 3;
  cssrsRuleSet: CssrsRuleSetId;
}

const isCutoff = (v: unknown): v is 2 | 3 => v === 2 || v === 3;

/** Options often come from stored agency settings, so they are checked at runtime too. */
function resolveOptions(options: ScoringOptions): ResolvedOptions {
  const errors: FieldError[] = [];
  const { phq2Cutoff = 3, gad2Cutoff = 3, cssrsRuleSet = DEFAULT_CSSRS_RULE_SET } = options;
  if (!isCutoff(phq2Cutoff)) errors.push({ path: 'options.phq2Cutoff', message: 'The PHQ-2 cut-off must be 2 or 3.' });
  if (!isCutoff(gad2Cutoff)) errors.push({ path: 'options.gad2Cutoff', message: 'The GAD-2 cut-off must be 2 or 3.' });
  if (!(CssrsRuleSetIds as readonly string[]).includes(cssrsRuleSet)) {
    errors.push({
      path: 'options.cssrsRuleSet',
      message: `Unknown C-SSRS rule set; expected one of ${CssrsRuleSetIds.join(', ')}.`,
    });
  }
  if (errors.length > 0) throw new InstrumentValidationError(errors);
  return { phq2Cutoff, gad2Cutoff, cssrsRuleSet };
}

/**
 * Scores one administration. PHQ/GAD answers: an array of 0–3 or null (unanswered); C-SSRS: an
 * object of booleans or null. Throws InstrumentValidationError on any invalid input.
 */
export function scoreInstrument(id: InstrumentId, answers: unknown, options: ScoringOptions = {}): ScoreResult {
  // The id may come straight from a request body; an unknown one must not fall through the switch.
  if (!isInstrumentId(id)) {
    throw new InstrumentValidationError([
      { path: 'instrument', message: `Unknown instrument; expected one of ${InstrumentIds.join(', ')}.` },
    ]);
  }
  const resolved = resolveOptions(options);
  switch (id) {
    case 'phq9':
      return scorePhq9(answers);
    case 'phq2':
      return scorePhq2(answers, resolved.phq2Cutoff);
    case 'gad7':
      return scoreGad7(answers);
    case 'gad2':
      return scoreGad2(answers, resolved.gad2Cutoff);
    case 'cssrs_screen':
      return scoreCssrsScreen(answers, resolved.cssrsRuleSet);
  }
}
