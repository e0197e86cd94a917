import { describe, expect, it } from 'vitest';
import { BASE_STAGE_GUARDS, checkTransition } from '../episodes/episode-stage.js';
import { ASSESSMENT_STAGE_GUARDS } from './assessment-guards.js';

const guards = [...BASE_STAGE_GUARDS, ...ASSESSMENT_STAGE_GUARDS];

describe('assessment stage guards', () => {
  it('keep an episode in assessment until needs are assessed and a risk tier is set', () => {
    const r = checkTransition('assessment', 'planning', {}, guards);
    expect(r.allowed).toBe(false);
    expect(r.unmet.map((u) => u.id)).toEqual(['needs_assessment_complete', 'risk_tier_set']);
    expect(
      checkTransition('assessment', 'planning', { needs_assessment_complete: true }, guards).unmet.map((u) => u.id),
    ).toEqual(['risk_tier_set']);
    expect(
      checkTransition('assessment', 'planning', { needs_assessment_complete: true, risk_tier_set: true }, guards)
        .allowed,
    ).toBe(true);
  });

  it('do not stand in the way of closing, or of other stages', () => {
    expect(checkTransition('assessment', 'closed', { closure_documented: true }, guards).allowed).toBe(true);
    expect(checkTransition('active', 'assessment', {}, guards).allowed).toBe(true);
  });
});
