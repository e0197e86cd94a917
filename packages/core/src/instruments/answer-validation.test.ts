import { describe, expect, it } from 'vitest';
import type { FieldError } from '../http/errors.js';
import { InstrumentValidationError } from './instrument-errors.js';
import type { InstrumentId, ScoringOptions } from './instrument-types.js';
import { scoreInstrument } from './score.js';

function fields(id: InstrumentId, answers: unknown, options?: ScoringOptions): readonly FieldError[] {
  try {
    scoreInstrument(id, answers, options);
  } catch (e) {
    if (e instanceof InstrumentValidationError) return e.fields;
    throw e;
  }
  throw new Error('expected an InstrumentValidationError');
}

const zeros = (n: number) => Array<number>(n).fill(0);

describe('PHQ/GAD answer validation', () => {
  it.each([
    { id: 'phq9', bad: [8, 11], good: [9, 10] },
    { id: 'gad7', bad: [6, 9], good: [7, 8] },
    { id: 'phq2', bad: [0, 1, 3], good: [2] },
    { id: 'gad2', bad: [1, 3], good: [2] },
  ] as const)('$id refuses lengths $bad and accepts $good', ({ id, bad, good }) => {
    for (const n of bad) {
      const errors = fields(id, zeros(n));
      expect(errors).toHaveLength(1);
      expect(errors[0]?.path).toBe('answers');
      expect(errors[0]?.message).toContain(`got ${n}`);
    }
    for (const n of good) expect(scoreInstrument(id, zeros(n)).total).toBe(0);
  });

  it.each([
    { value: 4, shown: '4' },
    { value: -1, shown: '-1' },
    { value: 1.5, shown: '1.5' },
    { value: '2', shown: 'the string "2"' },
    { value: true, shown: 'true' },
    { value: Number.NaN, shown: 'NaN' },
    { value: Number.POSITIVE_INFINITY, shown: 'Infinity' },
    { value: {}, shown: 'an object' },
  ])('refuses $value with a path and a clear message', ({ value, shown }) => {
    const answers: unknown[] = zeros(9);
    answers[3] = value;
    expect(fields('phq9', answers)).toEqual([
      {
        path: 'answers.3',
        message: `Item 4 must be a whole number from 0 to 3, or null when unanswered; got ${shown}.`,
      },
    ]);
  });

  it('treats null as unanswered but refuses undefined and holes', () => {
    expect(scoreInstrument('phq9', [0, 0, 0, null, 0, 0, 0, 0, 0])).toMatchObject({ complete: false, total: null });
    expect(fields('phq9', [0, 0, 0, undefined, 0, 0, 0, 0, 0])).toEqual([
      { path: 'answers.3', message: 'Item 4 is missing; send null for an unanswered item.' },
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expect(fields('gad2', [, 1])).toEqual([
      { path: 'answers.0', message: 'Item 1 is missing; send null for an unanswered item.' },
    ]);
  });

  it('validates the difficulty question the same way', () => {
    expect(fields('phq9', [...zeros(9), 4])).toEqual([
      {
        path: 'answers.9',
        message: 'The difficulty question must be a whole number from 0 to 3, or null when unanswered; got 4.',
      },
    ]);
    expect(fields('gad7', [...zeros(7), 0.5])[0]?.path).toBe('answers.7');
  });

  it('reports every bad item at once', () => {
    expect(fields('gad7', [0, 4, 0, -1, 0, '3', 0]).map((e) => e.path)).toEqual([
      'answers.1',
      'answers.3',
      'answers.5',
    ]);
  });

  it.each([null, undefined, 'x', 3, { 0: 1 }])('refuses a non-array (%s)', (answers) => {
    const errors = fields('phq9', answers);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('answers');
    expect(errors[0]?.message).toMatch(
      /^PHQ-9 answers must be an array of 9 answers \(10 with the difficulty question\)/,
    );
  });

  it('stores -0 as 0', () => {
    expect(scoreInstrument('gad2', [-0, 0]).itemValues.q1).toBe(0);
    expect(Object.is(scoreInstrument('gad2', [-0, 0]).itemValues.q1, 0)).toBe(true);
  });
});

describe('scoring options and instrument ids', () => {
  it('refuses cut-offs other than 2 or 3', () => {
    expect(fields('phq2', [0, 0], { phq2Cutoff: 4 as 3 })).toEqual([
      { path: 'options.phq2Cutoff', message: 'The PHQ-2 cut-off must be 2 or 3.' },
    ]);
    expect(fields('gad2', [0, 0], { gad2Cutoff: 1 as 2 })[0]?.path).toBe('options.gad2Cutoff');
  });

  it('refuses an unknown C-SSRS rule set', () => {
    expect(fields('cssrs_screen', {}, { cssrsRuleSet: 'columbia-triage@9' as 'columbia-triage@1' })[0]?.path).toBe(
      'options.cssrsRuleSet',
    );
  });

  it('refuses an unknown instrument id', () => {
    expect(fields('phq8' as InstrumentId, zeros(8))[0]?.path).toBe('instrument');
  });

  it('carries the field errors in the error message too', () => {
    expect(() => scoreInstrument('phq9', zeros(3))).toThrow(InstrumentValidationError);
    expect(() => scoreInstrument('phq9', zeros(3))).toThrow(/^Invalid instrument input: answers: PHQ-9 takes/);
  });
});
