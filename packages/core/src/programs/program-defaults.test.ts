import { describe, expect, it } from 'vitest';
import { intensityWeight, PROGRAM_DEFAULTS } from './program-defaults.js';
import { PROGRAM_MODEL_LIST } from './program-model.js';

describe('program defaults (CLINICAL.md §5.2)', () => {
  it('ACT: >= 4 face-to-face contacts a week and <= 10 clients per staff member', () => {
    expect(PROGRAM_DEFAULTS.act.cadence).toEqual({ minContacts: 4, windowDays: 7, faceToFaceOnly: true });
    expect(PROGRAM_DEFAULTS.act.caseloadCap).toBeLessThanOrEqual(10);
  });

  it('ICM: at least weekly, caseload under 20', () => {
    expect(PROGRAM_DEFAULTS.intensive.cadence.windowDays).toBeLessThanOrEqual(7);
    expect(PROGRAM_DEFAULTS.intensive.caseloadCap).toBeLessThan(20);
  });

  it('supportive: at least monthly with a face-to-face each quarter', () => {
    expect(PROGRAM_DEFAULTS.supportive.cadence).toMatchObject({ minContacts: 1, windowDays: 30 });
    expect(PROGRAM_DEFAULTS.supportive.faceToFaceEveryDays).toBe(90);
  });

  it('weighs intensity by caseload cap, increasing with the level of care', () => {
    const weights = PROGRAM_MODEL_LIST.map((m) => intensityWeight(m));
    expect(weights[0]).toBe(1);
    expect([...weights].sort((a, b) => a - b)).toEqual(weights);
    expect(intensityWeight('act')).toBe(4.5);
  });
});
