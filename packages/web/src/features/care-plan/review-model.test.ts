import type { PlanGoal } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { emptyReview, goalErrors, parseRating, previewTScore, reviewDaysLate, toBody } from './review-model.js';

const levels = { minus2: 'a', minus1: 'b', zero: 'c', plus1: 'd', plus2: 'e' };
const goal = (id: string, weight: number | null): PlanGoal => ({
  id,
  clientWords: `Goal ${id}`,
  needDomains: [],
  objectives: [],
  interventions: [],
  gas: weight === null ? null : { levels, weight, baseline: -1 },
});

describe('review model', () => {
  it('previews the GAS T-score over rated goals with a scale, rounded to 2 decimals', () => {
    const goals = [goal('a', 1), goal('b', null)];
    const draft = emptyReview(goals);
    expect(previewTScore(goals, draft)).toBeNull();
    draft.goals.a = { progress: '', attainment: 1 };
    // 50 + 10·1/√(0.7·1 + 0.3·1) = 60
    expect(previewTScore(goals, draft)).toBe(60);
  });

  it('weights each goal by its scale (rho 0.3)', () => {
    const goals = [goal('a', 2), goal('b', 1)];
    const draft = emptyReview(goals);
    draft.goals.a = { progress: '', attainment: 1 };
    draft.goals.b = { progress: '', attainment: -1 };
    // 50 + 10·(2 − 1)/√(0.7·5 + 0.3·9) = 50 + 10/√6.2
    expect(previewTScore(goals, draft)).toBe(Math.round((50 + 10 / Math.sqrt(6.2)) * 100) / 100);
  });

  it('accepts only ratings from -2 to +2', () => {
    expect(parseRating('-2')).toBe(-2);
    expect(parseRating('2')).toBe(2);
    expect(parseRating('3')).toBeNull();
    expect(parseRating('1.5')).toBeNull();
  });

  it('sends ratings only for goals with a scale, and blank text as null', () => {
    const goals = [goal('a', 1), goal('b', null)];
    const draft = emptyReview(goals);
    draft.goals.a = { progress: ' Better ', attainment: 0 };
    draft.goals.b = { progress: 'Same', attainment: 1 };
    draft.clientComments = '  ';
    expect(toBody(goals, draft)).toEqual({
      goals: [
        { goalId: 'a', progress: 'Better', attainment: 0 },
        { goalId: 'b', progress: 'Same', attainment: null },
      ],
      clientComments: null,
      changesNeeded: null,
    });
  });

  it('finds field errors at the goal and counts days late', () => {
    expect(goalErrors({ 'goals.1.attainment': 'From -2 to +2.' }, 1)).toEqual({
      progress: undefined,
      attainment: 'From -2 to +2.',
    });
    const now = new Date('2026-03-10T12:00:00Z');
    expect(reviewDaysLate(null, now)).toBe(0);
    expect(reviewDaysLate('2026-03-11T00:00:00Z', now)).toBe(0);
    expect(reviewDaysLate('2026-03-07T12:00:00Z', now)).toBe(3);
  });
});
