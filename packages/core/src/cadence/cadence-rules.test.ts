import { describe, expect, it } from 'vitest';
import { PROGRAM_DEFAULTS } from '../programs/program-defaults.js';
import type { ProgramModel } from '../programs/program-model.js';
import { cadenceRules, contactIntervalDays, type ProgramCadence } from './cadence-rules.js';
import { isClientContact, isFaceToFace } from './contact-kinds.js';

const programOf = (m: ProgramModel): ProgramCadence => {
  const d = PROGRAM_DEFAULTS[m];
  return {
    cadenceMinContacts: d.cadence.minContacts,
    cadenceWindowDays: d.cadence.windowDays,
    faceToFaceOnly: d.cadence.faceToFaceOnly,
    faceToFaceEveryDays: d.faceToFaceEveryDays,
  };
};

describe('contact kinds', () => {
  it('counts in-person contact as face-to-face, a group and remote contact only as contact', () => {
    for (const t of ['face_to_face', 'home_visit', 'community']) expect(isFaceToFace(t)).toBe(true);
    for (const t of ['group', 'phone', 'video', 'text', 'outreach_attempt', 'collateral']) {
      expect(isFaceToFace(t)).toBe(false);
    }
  });

  it('leaves collateral contacts (about the client, not with them) out of client contact', () => {
    expect(isClientContact('collateral')).toBe(false);
    for (const t of ['face_to_face', 'group', 'phone', 'video', 'text', 'outreach_attempt']) {
      expect(isClientContact(t)).toBe(true);
    }
    expect(isClientContact('unknown')).toBe(false);
  });
});

describe('cadenceRules', () => {
  it('derives the contact rule and the separate face-to-face rule from the program', () => {
    const rules = cadenceRules(programOf('supportive'));
    expect(rules.map((r) => [r.id, r.minContacts, r.windowDays])).toEqual([
      ['contacts', 1, 30],
      ['face_to_face', 1, 90],
    ]);
    expect(rules[0]?.types).toContain('phone');
    expect(rules[0]?.types).not.toContain('collateral');
    expect(rules[1]?.types).toEqual(['face_to_face', 'home_visit', 'community']);
  });

  it('counts only face-to-face types when the program is face-to-face only (ACT)', () => {
    const [contacts] = cadenceRules(programOf('act'));
    expect(contacts).toMatchObject({ id: 'contacts', minContacts: 4, windowDays: 7 });
    expect(contacts?.types).toEqual(['face_to_face', 'home_visit', 'community']);
  });

  it('has no face-to-face rule when the program sets none', () => {
    const rules = cadenceRules({ ...programOf('clinical'), faceToFaceEveryDays: null });
    expect(rules.map((r) => r.id)).toEqual(['contacts']);
  });

  it('turns each rule into a maximum gap between contacts, rounded down, never below a day', () => {
    expect(contactIntervalDays({ minContacts: 4, windowDays: 7 })).toBe(1);
    expect(contactIntervalDays({ minContacts: 1, windowDays: 7 })).toBe(7);
    expect(contactIntervalDays({ minContacts: 2, windowDays: 30 })).toBe(15);
    expect(contactIntervalDays({ minContacts: 10, windowDays: 7 })).toBe(1);
  });
});
