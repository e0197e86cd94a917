import { PLAN_TEMPLATES, type PlanGoal } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { sameContent } from './draft-storage.js';
import { diffGoals, diffSections, fieldChanged } from './plan-diff.js';
import { blankGoal, goalFromNeed, goalFromTemplate, move, orNull } from './plan-model.js';

const goal = (id: string, clientWords: string): PlanGoal => ({ ...blankGoal(), id, clientWords });

describe('plan model', () => {
  it('links a goal from a need to it, with a usual category and the strengths', () => {
    const g = goalFromNeed('income_benefits', ' Good with forms ');
    expect(g.needDomains).toEqual(['income_benefits']);
    expect(g.category).toBe('income_and_entitlements');
    expect(g.strengthsUsed).toBe('Good with forms');
    expect(g.clientWords).toBe('');
    expect(goalFromNeed('unknown_code', null).category).toBeNull();
  });

  it('gives a template goal fresh ids for every objective and intervention', () => {
    const t = PLAN_TEMPLATES[0];
    if (!t) throw new Error('no template');
    const a = goalFromTemplate(t);
    const b = goalFromTemplate(t);
    expect(a.id).not.toBe(b.id);
    expect(a.objectives[0]?.id).toBeTruthy();
    expect(a.interventions.map((i) => i.id)).not.toEqual(b.interventions.map((i) => i.id));
    expect(a.needDomains).toEqual(['housing']);
  });

  it('moves up and down, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(move(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('stores blank optional text as null', () => {
    expect(orNull('  ')).toBeNull();
    expect(orNull('x')).toBe('x');
  });

  it('compares content ignoring key order and null versus missing', () => {
    const a = { preferences: null, goals: [], deferredNeeds: [], crisisPrevention: 'x' };
    const b = { crisisPrevention: 'x', deferredNeeds: [], goals: [] };
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, { ...b, crisisPrevention: 'y' })).toBe(false);
  });
});

describe('plan diff', () => {
  it('marks goals added, removed, changed and the same, keeping removed goals in place', () => {
    const before = [goal('1', 'one'), goal('2', 'two'), goal('3', 'three')];
    const after = [goal('1', 'one'), goal('3', 'three, changed'), goal('4', 'four')];
    const d = diffGoals(before, after);
    expect(d.map((x) => `${x.id}:${x.status}`)).toEqual(['1:same', '2:removed', '3:changed', '4:added']);
    const changed = d[2];
    if (!changed) throw new Error('missing');
    expect(fieldChanged(changed, 'clientWords')).toBe(true);
    expect(fieldChanged(changed, 'targetDate')).toBe(false);
  });

  it('puts a removed first goal first', () => {
    expect(diffGoals([goal('1', 'a'), goal('2', 'b')], [goal('2', 'b')]).map((x) => x.status)).toEqual([
      'removed',
      'same',
    ]);
  });

  it('compares the preferences and crisis sections', () => {
    const base = { preferences: 'Mornings', goals: [], deferredNeeds: [], crisisPrevention: null };
    const s = diffSections(base, { ...base, preferences: 'Afternoons' });
    expect(s.find((x) => x.key === 'preferences')?.changed).toBe(true);
    expect(s.find((x) => x.key === 'crisisPrevention')?.changed).toBe(false);
  });
});
