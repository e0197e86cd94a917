import { describe, expect, it } from 'vitest';
import { GasValidationError, gasTScore, roundTScore } from './gas.js';

// Expected values computed by hand from CLINICAL.md §8 (rho = 0.3).
describe('Goal Attainment Scaling T-score', () => {
  it('is 50 when every goal is at the expected level', () => {
    expect(gasTScore([0])).toBe(50);
    expect(gasTScore([0, 0, 0], [1, 2, 3])).toBe(50);
  });

  it('matches the unweighted simplification 50 + 10·Σx / √(0.7n + 0.3n²)', () => {
    // n = 3, Σx = 2: √(2.1 + 2.7) = √4.8 = 2.19089; T = 50 + 20/2.19089 = 59.1287
    expect(roundTScore(gasTScore([1, 1, 0]))).toBe(59.13);
    // n = 1, Σx = -2: √(0.7 + 0.3) = 1; T = 30
    expect(gasTScore([-2])).toBe(30);
    // n = 2, Σx = 4: √(1.4 + 1.2) = √2.6 = 1.61245; T = 50 + 40/1.61245 = 74.8069
    expect(roundTScore(gasTScore([2, 2]))).toBe(74.81);
    for (const xs of [
      [1, -1, 2, 0],
      [-2, -1],
      [2, 2, 2, 2, 2],
    ]) {
      const n = xs.length;
      const sum = xs.reduce((a, b) => a + b, 0);
      expect(gasTScore(xs)).toBeCloseTo(50 + (10 * sum) / Math.sqrt(0.7 * n + 0.3 * n * n), 10);
    }
  });

  it('weights goals: T = 50 + 10·Σwx / √(0.7·Σw² + 0.3·(Σw)²)', () => {
    // w = [2, 1], x = [1, -1]: Σwx = 1; Σw² = 5; (Σw)² = 9; √(3.5 + 2.7) = √6.2 = 2.48998; T = 54.0161
    expect(roundTScore(gasTScore([1, -1], [2, 1]))).toBe(54.02);
    // Equal weights give the unweighted score.
    expect(gasTScore([1, 0, -1, 2], [3, 3, 3, 3])).toBeCloseTo(gasTScore([1, 0, -1, 2]), 12);
  });

  it('rejects ratings outside -2..+2, fractions, bad weights and mismatched lengths', () => {
    for (const bad of [[3], [-3], [0.5], [Number.NaN]]) {
      expect(() => gasTScore(bad)).toThrow(GasValidationError);
    }
    expect(() => gasTScore([])).toThrow(GasValidationError);
    expect(() => gasTScore([0, 1], [1])).toThrow(GasValidationError);
    expect(() => gasTScore([0], [0])).toThrow(GasValidationError);
    try {
      gasTScore([0, 5]);
    } catch (e) {
      expect((e as GasValidationError).fields).toEqual([
        { path: 'attainment.1', message: 'Each rating must be a whole number from -2 to +2.' },
      ]);
    }
  });
});
