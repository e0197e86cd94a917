import type { FieldError } from '../http/errors.js';
import { describeValue } from './describe-value.js';
import { InstrumentValidationError } from './instrument-errors.js';

/** Shape of a PHQ/GAD answer array. */
export interface FrequencyShape {
  title: string;
  /** Number of scored items, first in the array. */
  scoredCount: number;
  /** Whether the unscored difficulty question may follow as one extra element. */
  difficultyAllowed: boolean;
}

export interface FrequencyAnswers {
  /** Scored items in order; null = unanswered. */
  scored: (number | null)[];
  /** Difficulty question; null when blank or not sent. */
  difficulty: number | null;
}

/**
 * Validates an array of item values 0–3, null meaning unanswered. Decimals are invalid rather than
 * rounded (CLINICAL.md §1.1); undefined is refused so a form bug cannot pass as "unanswered".
 */
export function parseFrequencyAnswers(answers: unknown, shape: FrequencyShape): FrequencyAnswers {
  const expected = shape.difficultyAllowed
    ? `${shape.scoredCount} answers (${shape.scoredCount + 1} with the difficulty question)`
    : `${shape.scoredCount} answers`;
  if (!Array.isArray(answers)) {
    throw new InstrumentValidationError([
      {
        path: 'answers',
        message: `${shape.title} answers must be an array of ${expected}; got ${describeValue(answers)}.`,
      },
    ]);
  }
  const lengthOk =
    answers.length === shape.scoredCount || (shape.difficultyAllowed && answers.length === shape.scoredCount + 1);
  if (!lengthOk) {
    throw new InstrumentValidationError([
      { path: 'answers', message: `${shape.title} takes ${expected}; got ${answers.length}.` },
    ]);
  }

  const errors: FieldError[] = [];
  const values: (number | null)[] = [];
  // Index loop, not forEach: sparse-array holes must be seen (as undefined) and refused.
  for (let i = 0; i < answers.length; i += 1) {
    const value: unknown = answers[i];
    const label = i < shape.scoredCount ? `Item ${i + 1}` : 'The difficulty question';
    if (value === null) {
      values.push(null);
    } else if (value === undefined) {
      errors.push({ path: `answers.${i}`, message: `${label} is missing; send null for an unanswered item.` });
    } else if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3) {
      values.push(value + 0); // + 0 turns -0 into 0
    } else {
      errors.push({
        path: `answers.${i}`,
        message: `${label} must be a whole number from 0 to 3, or null when unanswered; got ${describeValue(value)}.`,
      });
    }
  }
  if (errors.length > 0) throw new InstrumentValidationError(errors);
  return { scored: values.slice(0, shape.scoredCount), difficulty: values[shape.scoredCount] ?? null };
}
