import type { ProgramView } from '@careloop/core';
import { describe, expect, it } from 'vitest';
import { emptyRequired, settingsBody, settingsValues } from './program-settings-model.js';

const program: ProgramView = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Intensive Case Management',
  model: 'intensive',
  active: true,
  version: 3,
  cadenceMinContacts: 1,
  cadenceWindowDays: 7,
  faceToFaceOnly: false,
  faceToFaceEveryDays: null,
  carePlanReviewDays: 90,
  caseloadCap: 18,
  eligibilityNotes: null,
  planApprovalRequired: true,
  noteCosignRequired: false,
  cosignRoles: ['peer_specialist'],
};

describe('program settings form', () => {
  it('round-trips a program into the update body', () => {
    expect(settingsBody(settingsValues(program), 3)).toEqual({
      cadenceMinContacts: 1,
      cadenceWindowDays: 7,
      faceToFaceOnly: false,
      faceToFaceEveryDays: null,
      carePlanReviewDays: 90,
      caseloadCap: 18,
      eligibilityNotes: null,
      planApprovalRequired: true,
      noteCosignRequired: false,
      cosignRoles: ['peer_specialist'],
      active: true,
      version: 3,
    });
  });
  it('reads typed numbers and blank notes', () => {
    const v = { ...settingsValues(program), caseloadCap: '15', faceToFaceEveryDays: 14, eligibilityNotes: '  ' };
    const body = settingsBody(v, 4);
    expect(body.caseloadCap).toBe(15);
    expect(body.faceToFaceEveryDays).toBe(14);
    expect(body.eligibilityNotes).toBeNull();
  });
  it('names required numbers left empty', () => {
    expect(emptyRequired({ ...settingsValues(program), caseloadCap: '', cadenceWindowDays: '' })).toEqual([
      'cadenceWindowDays',
      'caseloadCap',
    ]);
  });
});
