import { describe, expect, it } from 'vitest';
import { recommendProgramModel, type ProgramModelInput } from './recommend-model.js';

const input = (over: Partial<ProgramModelInput>): ProgramModelInput => ({
  tier: 'low',
  needs: {},
  hospitalizations180d: 0,
  crisisEvents90d: 0,
  ...over,
});
const model = (over: Partial<ProgramModelInput>) => recommendProgramModel(input(over)).model;

describe('recommendProgramModel', () => {
  it('imminent -> act, with a crisis response first', () => {
    const r = recommendProgramModel(input({ tier: 'imminent' }));
    expect(r.model).toBe('act');
    expect(r.reasons[0]).toMatch(/crisis response/);
  });

  it('high with 2 hospitalizations in 180 days -> act; with 1 -> intensive', () => {
    expect(model({ tier: 'high', hospitalizations180d: 2 })).toBe('act');
    expect(model({ tier: 'high', hospitalizations180d: 1 })).toBe('intensive');
  });

  it('high -> intensive', () => {
    expect(model({ tier: 'high', crisisEvents90d: 5, needs: { housing: 3 } })).toBe('intensive');
  });

  it('moderate with 3 actionable needs -> clinical; with 2 -> strengths_based', () => {
    const r = recommendProgramModel(input({ tier: 'moderate', needs: { housing: 3, food: 2, legal: 2 } }));
    expect(r).toEqual({ model: 'clinical', reasons: ['Moderate risk with 3 needs rated action or urgent.'] });
    expect(model({ tier: 'moderate', needs: { housing: 3, food: 2, legal: 1 } })).toBe('strengths_based');
  });

  it('moderate with a recent hospitalization or crisis event -> clinical', () => {
    expect(model({ tier: 'moderate', hospitalizations180d: 1 })).toBe('clinical');
    const r = recommendProgramModel(input({ tier: 'moderate', crisisEvents90d: 1 }));
    expect(r).toEqual({ model: 'clinical', reasons: ['Moderate risk with 1 crisis event in the last 90 days.'] });
  });

  it('moderate otherwise -> strengths_based', () => {
    expect(model({ tier: 'moderate' })).toBe('strengths_based');
  });

  it('low with an actionable need -> strengths_based', () => {
    const r = recommendProgramModel(input({ needs: { transportation: 2, food: 1 } }));
    expect(r).toEqual({ model: 'strengths_based', reasons: ['Low risk with 1 need rated action or urgent.'] });
  });

  it('low with no actionable needs -> supportive', () => {
    expect(model({ needs: { food: 1, housing: null } })).toBe('supportive');
  });
});
