import type { FieldError } from '../http/errors.js';
import { CssrsItemCodes, type CssrsItemCode } from './definitions/cssrs-screen.js';
import { describeValue } from './describe-value.js';
import { InstrumentValidationError } from './instrument-errors.js';

/** Normalized C-SSRS screen answers: true = yes, false = no, null = not answered or not asked. */
export type CssrsScreenAnswers = Record<CssrsItemCode, boolean | null>;
/** What callers send: missing keys mean null. */
export type CssrsScreenInput = Partial<CssrsScreenAnswers>;

const GATED_BY_Q2 = ['q3', 'q4', 'q5'] as const;

function isCssrsItemCode(key: string): key is CssrsItemCode {
  return (CssrsItemCodes as readonly string[]).includes(key);
}

/**
 * Validates the answer object. Unknown keys are refused: a misspelt `q6within3months` would
 * otherwise drop a yes silently. Items not asked must be null, never "no" (CLINICAL.md §2).
 */
export function parseCssrsAnswers(answers: unknown): CssrsScreenAnswers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    throw new InstrumentValidationError([
      {
        path: 'answers',
        message: `C-SSRS answers must be an object keyed q1…q6, q6Within3Months; got ${describeValue(answers)}.`,
      },
    ]);
  }
  const input = answers as Record<string, unknown>;
  const errors: FieldError[] = [];
  const parsed: CssrsScreenAnswers = {
    q1: null,
    q2: null,
    q3: null,
    q4: null,
    q5: null,
    q6: null,
    q6Within3Months: null,
  };
  for (const [key, value] of Object.entries(input)) {
    if (!isCssrsItemCode(key)) {
      errors.push({
        path: `answers.${key}`,
        message: `"${key}" is not a C-SSRS screen item; expected one of ${CssrsItemCodes.join(', ')}.`,
      });
    } else if (typeof value === 'boolean') {
      parsed[key] = value;
    } else if (value !== null && value !== undefined) {
      errors.push({
        path: `answers.${key}`,
        message: `${key} must be true (yes), false (no) or null (not answered); got ${describeValue(value)}.`,
      });
    }
  }
  if (errors.length > 0) throw new InstrumentValidationError(errors);

  // Skip logic: "If YES to 2, ask questions 3, 4, 5, and 6. If NO to 2, go directly to question 6."
  for (const key of GATED_BY_Q2) {
    if (parsed[key] !== null && parsed.q2 !== true) {
      errors.push({
        path: `answers.${key}`,
        message: `Question ${key.slice(1)} is asked only when question 2 is yes; question 2 is ${describeAnswer(parsed.q2)}, so leave it null.`,
      });
    }
  }
  if (parsed.q6Within3Months !== null && parsed.q6 !== true) {
    errors.push({
      path: 'answers.q6Within3Months',
      message: `"Within the past 3 months" is asked only when question 6 is yes; question 6 is ${describeAnswer(parsed.q6)}, so leave it null.`,
    });
  }
  if (errors.length > 0) throw new InstrumentValidationError(errors);
  return parsed;
}

function describeAnswer(value: boolean | null): string {
  if (value === null) return 'unanswered';
  return value ? 'yes' : 'no';
}

/** Every item that the skip logic asks has an answer. */
export function isCssrsComplete(a: CssrsScreenAnswers): boolean {
  if (a.q1 === null || a.q2 === null || a.q6 === null) return false;
  if (a.q2 && (a.q3 === null || a.q4 === null || a.q5 === null)) return false;
  if (a.q6 && a.q6Within3Months === null) return false;
  return true;
}

const choices = (v: boolean | null): boolean[] => (v === null ? [true, false] : [v]);

/** Every complete answer set that agrees with the given answers and the skip logic. */
export function cssrsCompletions(a: CssrsScreenAnswers): CssrsScreenAnswers[] {
  const out: CssrsScreenAnswers[] = [];
  for (const q1 of choices(a.q1))
    for (const q2 of choices(a.q2))
      for (const q3 of q2 ? choices(a.q3) : [null])
        for (const q4 of q2 ? choices(a.q4) : [null])
          for (const q5 of q2 ? choices(a.q5) : [null])
            for (const q6 of choices(a.q6))
              for (const q6Within3Months of q6 ? choices(a.q6Within3Months) : [null])
                out.push({ q1, q2, q3, q4, q5, q6, q6Within3Months });
  return out;
}
