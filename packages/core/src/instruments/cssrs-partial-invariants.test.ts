import { expect, it } from 'vitest';
import type { ScoreResult } from './instrument-types.js';
import { scoreInstrument } from './score.js';

type Answer = boolean | null;
type Answers = Record<string, Answer>;

const ANY: Answer[] = [true, false, null];

/** Every answer set the skip logic allows, blanks included. */
function allValidAnswerSets(): Answers[] {
  const sets: Answers[] = [];
  for (const q1 of ANY)
    for (const q2 of ANY)
      for (const q3 of q2 === true ? ANY : [null])
        for (const q4 of q2 === true ? ANY : [null])
          for (const q5 of q2 === true ? ANY : [null])
            for (const q6 of ANY)
              for (const q6Within3Months of q6 === true ? ANY : [null])
                sets.push({ q1, q2, q3, q4, q5, q6, q6Within3Months });
  return sets;
}

/** Does `full` (a complete set) extend `partial`? */
const extendsAnswers = (full: Answers, partial: Answers) =>
  Object.entries(partial).every(([k, v]) => v === null || full[k] === v);

it('never lets a partial C-SSRS claim more than every way it could be completed', () => {
  const scored = allValidAnswerSets().map((answers) => ({ answers, result: scoreInstrument('cssrs_screen', answers) }));
  const complete = scored.filter((s) => s.result.complete);
  // q1: 2 × [q2 yes with 2×2×2 for q3–q5, or q2 no: 9] × [q6 yes with 2 timings, or q6 no: 3] = 54.
  expect(complete).toHaveLength(54);

  for (const { answers, result } of scored.filter((s) => !s.result.complete)) {
    const completions: ScoreResult[] = complete.filter((c) => extendsAnswers(c.answers, answers)).map((c) => c.result);
    expect(completions.length).toBeGreaterThan(1);
    for (const c of completions) {
      for (const flag of result.flags) expect(c.flags).toContain(flag);
    }
    if (result.riskLevel !== null) {
      expect(result.riskLevel).toBe('high');
      for (const c of completions) expect(c.riskLevel).toBe('high');
    }
    // Conversely, if every completion is high the alarm is already raised.
    if (completions.every((c) => c.riskLevel === 'high')) expect(result.riskLevel).toBe('high');
  }
});
