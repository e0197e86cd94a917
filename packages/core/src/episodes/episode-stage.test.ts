import { describe, expect, it } from 'vitest';
import {
  BASE_STAGE_GUARDS,
  checkTransition,
  EPISODE_STAGE_LIST,
  STAGE_TRANSITIONS,
  type StageGuard,
} from './episode-stage.js';

describe('episode stage machine', () => {
  it('moves forward when the guards are met', () => {
    expect(checkTransition('screening', 'assessment', { screening_decided: true }, BASE_STAGE_GUARDS)).toEqual({
      allowed: true,
      unmet: [],
    });
  });

  it('lists every unmet condition', () => {
    const res = checkTransition('screening', 'assessment', {}, BASE_STAGE_GUARDS);
    expect(res.allowed).toBe(false);
    expect(res.unmet.map((u) => u.id)).toEqual(['screening_decided']);
  });

  it('refuses moves that are not in the machine', () => {
    const res = checkTransition('screening', 'active', { screening_decided: true }, BASE_STAGE_GUARDS);
    expect(res).toMatchObject({ allowed: false, unmet: [{ id: 'transition_not_allowed' }] });
    expect(checkTransition('closed', 'active', {}, BASE_STAGE_GUARDS).allowed).toBe(false);
  });

  it('lets any open stage close only with a documented closure', () => {
    for (const stage of EPISODE_STAGE_LIST.filter((s) => s !== 'closed')) {
      expect(STAGE_TRANSITIONS[stage]).toContain('closed');
      expect(checkTransition(stage, 'closed', {}, BASE_STAGE_GUARDS).unmet.map((u) => u.id)).toEqual([
        'closure_documented',
      ]);
      expect(checkTransition(stage, 'closed', { closure_documented: true }, BASE_STAGE_GUARDS).allowed).toBe(true);
    }
  });

  it('takes guards registered by other modules', () => {
    const planAgreed: StageGuard = {
      id: 'care_plan_agreed',
      message: 'The client must agree to the care plan.',
      applies: (from, to) => from === 'planning' && to === 'active',
      met: (f) => f.care_plan_agreed === true,
    };
    const guards = [...BASE_STAGE_GUARDS, planAgreed];
    expect(checkTransition('planning', 'active', {}, guards).unmet.map((u) => u.id)).toEqual(['care_plan_agreed']);
    expect(checkTransition('planning', 'active', { care_plan_agreed: true }, guards).allowed).toBe(true);
  });

  it('requires the receiving team to accept a hand-off', () => {
    expect(checkTransition('transition', 'post_transition', {}, BASE_STAGE_GUARDS).unmet.map((u) => u.id)).toEqual([
      'handoff_accepted',
    ]);
  });
});
