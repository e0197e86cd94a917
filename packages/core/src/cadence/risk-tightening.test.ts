import { describe, expect, it } from 'vitest';
import { cadenceRules, type ProgramCadence } from './cadence-rules.js';
import { CADENCE_TIGHTENING, tightenForRisk } from './risk-tightening.js';

const supportive: ProgramCadence = {
  cadenceMinContacts: 1,
  cadenceWindowDays: 30,
  faceToFaceOnly: false,
  faceToFaceEveryDays: 90,
};
const act: ProgramCadence = {
  cadenceMinContacts: 4,
  cadenceWindowDays: 7,
  faceToFaceOnly: true,
  faceToFaceEveryDays: 7,
};
const shape = (rules: ReturnType<typeof tightenForRisk>) =>
  rules.map((r) => [r.id, r.minContacts, r.windowDays, r.tightenedFor ?? null]);

describe('tightenForRisk', () => {
  it('leaves the program rules alone for low and moderate risk and for a client not yet assessed', () => {
    const rules = cadenceRules(supportive);
    expect(tightenForRisk(rules, null)).toEqual(rules);
    expect(tightenForRisk(rules, 'low')).toEqual(rules);
    expect(tightenForRisk(rules, 'moderate')).toEqual(rules);
  });

  it('high risk: at least weekly, in person at least every 14 days', () => {
    expect(shape(tightenForRisk(cadenceRules(supportive), 'high'))).toEqual([
      ['contacts', 1, 7, 'high'],
      ['face_to_face', 1, 14, 'high'],
    ]);
    // Two a month becomes two a fortnight: N stays, the window shrinks to N × 7 days.
    const twice = tightenForRisk(cadenceRules({ ...supportive, cadenceMinContacts: 2 }), 'high');
    expect(twice[0]).toMatchObject({ minContacts: 2, windowDays: 14 });
  });

  it('imminent risk: at least every 2 days, in person weekly', () => {
    expect(shape(tightenForRisk(cadenceRules(supportive), 'imminent'))).toEqual([
      ['contacts', 1, 2, 'imminent'],
      ['face_to_face', 1, 7, 'imminent'],
    ]);
  });

  it('never loosens a program that is already tighter (ACT, and the exact boundary)', () => {
    expect(tightenForRisk(cadenceRules(act), 'imminent')).toEqual(cadenceRules(act));
    const weekly = cadenceRules({ ...supportive, cadenceWindowDays: 7, faceToFaceEveryDays: 14 });
    expect(tightenForRisk(weekly, 'high')).toEqual(weekly);
    const eightDays = cadenceRules({ ...supportive, cadenceWindowDays: 8, faceToFaceEveryDays: 15 });
    expect(shape(tightenForRisk(eightDays, 'high'))).toEqual([
      ['contacts', 1, 7, 'high'],
      ['face_to_face', 1, 14, 'high'],
    ]);
  });

  it('adds a face-to-face rule when the program has none', () => {
    const rules = tightenForRisk(cadenceRules({ ...supportive, faceToFaceEveryDays: null }), 'high');
    expect(shape(rules)).toEqual([
      ['contacts', 1, 7, 'high'],
      ['face_to_face', 1, 14, 'high'],
    ]);
  });

  it('takes an agency table instead of the defaults', () => {
    const agency = { ...CADENCE_TIGHTENING, moderate: { maxDaysPerContact: 14, faceToFaceEveryDays: null } };
    expect(shape(tightenForRisk(cadenceRules(supportive), 'moderate', agency))).toEqual([
      ['contacts', 1, 14, 'moderate'],
      ['face_to_face', 1, 90, null],
    ]);
  });
});
