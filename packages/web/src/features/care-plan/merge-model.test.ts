import type { PlanContent, PlanGoal } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { applyChoices, mergeItems, sectionDiffers } from './merge-model.js';
import { blankGoal } from './plan-model.js';

const goal = (id: string, clientWords: string): PlanGoal => ({ ...blankGoal(), id, clientWords });
const content = (goals: PlanGoal[], preferences: string | null = null): PlanContent => ({
  preferences,
  goals,
  deferredNeeds: [],
  crisisPrevention: null,
});

describe('merge after a conflict', () => {
  const theirs = content([goal('a', 'theirs a'), goal('b', 'same b')], 'Their prefs');
  const yours = content([goal('a', 'mine a'), goal('b', 'same b'), goal('c', 'only mine')], 'My prefs');

  it('matches goals by id, their order first, then goals only I added', () => {
    expect(mergeItems(theirs, yours).map((i) => [i.id, i.same, !!i.theirs, !!i.yours])).toEqual([
      ['a', false, true, true],
      ['b', true, true, true],
      ['c', false, false, true],
    ]);
    expect(sectionDiffers(theirs, yours, 'preferences')).toBe(true);
    expect(sectionDiffers(theirs, yours, 'crisisPrevention')).toBe(false);
  });

  it('keeps theirs by default (a goal only I added is dropped)', () => {
    expect(applyChoices(theirs, yours, {}, {})).toEqual(theirs);
  });

  it('applies my choice per goal and per section', () => {
    const m = applyChoices(theirs, yours, { a: 'yours', c: 'yours' }, { preferences: 'yours' });
    expect(m.goals.map((g) => g.clientWords)).toEqual(['mine a', 'same b', 'only mine']);
    expect(m.preferences).toBe('My prefs');
  });
});
