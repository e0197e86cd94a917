import { describe, expect, it } from 'vitest';
import { scoreInstrument } from './score.js';

// Bands from CLINICAL.md §1.3, worked out by hand.
describe('GAD-7 scoring', () => {
  it.each([
    { answers: [0, 0, 0, 0, 0, 0, 0], total: 0, severity: 'minimal' },
    { answers: [1, 1, 1, 1, 0, 0, 0], total: 4, severity: 'minimal' },
    { answers: [1, 1, 1, 1, 1, 0, 0], total: 5, severity: 'mild' },
    { answers: [2, 2, 2, 2, 1, 0, 0], total: 9, severity: 'mild' },
    { answers: [2, 2, 2, 2, 2, 0, 0], total: 10, severity: 'moderate' },
    { answers: [2, 2, 2, 2, 2, 2, 2], total: 14, severity: 'moderate' },
    { answers: [3, 2, 2, 2, 2, 2, 2], total: 15, severity: 'severe' },
    { answers: [3, 3, 3, 3, 3, 3, 3], total: 21, severity: 'severe' },
  ])('total $total is $severity', ({ answers, total, severity }) => {
    const r = scoreInstrument('gad7', answers);
    expect(r).toMatchObject({ instrument: 'gad7', definitionVersion: 'gad7@1', complete: true, total, severity });
    expect(r.flags).toEqual([]);
  });

  it('accepts the optional difficulty question and never adds it', () => {
    const r = scoreInstrument('gad7', [1, 1, 1, 1, 0, 0, 0, 3]);
    expect(r).toMatchObject({ complete: true, total: 4, severity: 'minimal' });
    expect(r.itemValues).toEqual({ q1: 1, q2: 1, q3: 1, q4: 1, q5: 0, q6: 0, q7: 0, difficulty: 3 });
  });

  it('gives no total when an item is blank', () => {
    expect(scoreInstrument('gad7', [3, 3, 3, 3, 3, 3, null])).toMatchObject({
      complete: false,
      total: null,
      severity: null,
      flags: [],
    });
  });
});
