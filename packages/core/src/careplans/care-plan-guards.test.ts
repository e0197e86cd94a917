import { describe, expect, it } from 'vitest';
import { checkTransition } from '../episodes/episode-stage.js';
import { CARE_PLAN_STAGE_GUARDS } from './care-plan-guards.js';

describe('care plan stage guard', () => {
  it('keeps an episode in planning until the client agreed to a plan', () => {
    expect(checkTransition('planning', 'active', {}, CARE_PLAN_STAGE_GUARDS).unmet.map((u) => u.id)).toEqual([
      'care_plan_agreed',
    ]);
    expect(checkTransition('planning', 'active', { care_plan_agreed: true }, CARE_PLAN_STAGE_GUARDS).allowed).toBe(
      true,
    );
    // Going back to reassessment is not held up.
    expect(checkTransition('planning', 'assessment', {}, CARE_PLAN_STAGE_GUARDS).allowed).toBe(true);
  });
});
