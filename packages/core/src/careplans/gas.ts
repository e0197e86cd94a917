import type { FieldError } from '../http/errors.js';

/** Inter-goal correlation assumed by the GAS formula (CLINICAL.md §8). */
export const GAS_RHO = 0.3;

export class GasValidationError extends Error {
  constructor(readonly fields: FieldError[]) {
    super('Invalid Goal Attainment Scaling input.');
    this.name = 'GasValidationError';
  }
}

/**
 * GAS T-score: T = 50 + 10·Σ(wᵢxᵢ) / √[(1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²], ρ = 0.3 (Kiresuk & Sherman;
 * Turner-Stokes 2009). Unrounded: round only for display.
 */
export function gasTScore(attainment: readonly number[], weights?: readonly number[]): number {
  const fields: FieldError[] = [];
  if (attainment.length === 0) fields.push({ path: 'attainment', message: 'Rate at least one goal.' });
  attainment.forEach((x, i) => {
    if (!Number.isInteger(x) || x < -2 || x > 2) {
      fields.push({ path: `attainment.${i}`, message: 'Each rating must be a whole number from -2 to +2.' });
    }
  });
  if (weights) {
    if (weights.length !== attainment.length) {
      fields.push({ path: 'weights', message: 'Give one weight per goal.' });
    }
    weights.forEach((w, i) => {
      if (!Number.isFinite(w) || w <= 0) fields.push({ path: `weights.${i}`, message: 'Weights must be positive.' });
    });
  }
  if (fields.length) throw new GasValidationError(fields);
  const w = weights ?? attainment.map(() => 1);
  const sumWx = attainment.reduce((s, x, i) => s + (w[i] ?? 1) * x, 0);
  const sumW = w.reduce((s, v) => s + v, 0);
  const sumW2 = w.reduce((s, v) => s + v * v, 0);
  return 50 + (10 * sumWx) / Math.sqrt((1 - GAS_RHO) * sumW2 + GAS_RHO * sumW * sumW);
}

/** For display and the API: 2 decimals. */
export const roundTScore = (t: number): number => Math.round(t * 100) / 100;
