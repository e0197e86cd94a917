import type { PlanContent } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { blankGoal, blankObjective, EMPTY_CONTENT } from './plan-model.js';
import { planProblems, saveBlocker } from './plan-problems.js';

const withGoals = (...clientWords: string[]): PlanContent => ({
  ...EMPTY_CONTENT,
  goals: clientWords.map((w) => ({ ...blankGoal(), clientWords: w })),
});

describe('plan problems', () => {
  it('lets autosave go on while a goal is still unfinished, and marks that goal', () => {
    const content = withGoals('A flat of my own', '');
    expect(saveBlocker(content)).toBeNull();
    expect(planProblems(content)).toEqual({
      invalid: {},
      incomplete: { 'goals.1.clientWords': "Write the goal in the client's own words." },
    });
  });

  it('marks every unfinished part: a new objective, a deferral without its reason', () => {
    const content: PlanContent = {
      ...withGoals('Work again'),
      deferredNeeds: [{ domain: 'legal', reason: ' ' }],
    };
    content.goals[0] = { ...content.goals[0]!, objectives: [blankObjective()] };
    expect(saveBlocker(content)).toBeNull();
    expect(Object.keys(planProblems(content).incomplete)).toEqual([
      'goals.0.objectives.0.what',
      'deferredNeeds.0.reason',
    ]);
  });

  it('holds autosave back only for what no draft may hold, named at its field', () => {
    const content = withGoals('x'.repeat(2001), '');
    expect(saveBlocker(content)).toMatch(/2000/);
    const problems = planProblems(content);
    expect(Object.keys(problems.invalid)).toEqual(['goals.0.clientWords']);
    expect(problems.incomplete).toEqual({ 'goals.1.clientWords': "Write the goal in the client's own words." });
  });

  it('finds nothing in a finished plan', () => {
    expect(saveBlocker(withGoals('Stay well'))).toBeNull();
    expect(planProblems(withGoals('Stay well'))).toEqual({ invalid: {}, incomplete: {} });
  });
});
