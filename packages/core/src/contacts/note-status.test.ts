import { describe, expect, it } from 'vitest';
import { cosignRequired, mayWritePsychotherapyNotes, noteIsFinal } from './note-status.js';

describe('co-sign requirement', () => {
  it('is not needed when neither the program nor the role asks for it', () => {
    expect(cosignRequired({ programRequires: false, cosignRoles: [], authorRoles: ['case_manager'] })).toBe(false);
    expect(
      cosignRequired({ programRequires: false, cosignRoles: ['peer_specialist'], authorRoles: ['case_manager'] }),
    ).toBe(false);
  });

  it('is needed for every note when the program requires it', () => {
    expect(cosignRequired({ programRequires: true, cosignRoles: [], authorRoles: ['case_manager'] })).toBe(true);
  });

  it("is needed when any of the author's roles is one the program co-signs", () => {
    expect(
      cosignRequired({ programRequires: false, cosignRoles: ['peer_specialist'], authorRoles: ['peer_specialist'] }),
    ).toBe(true);
    expect(
      cosignRequired({
        programRequires: false,
        cosignRoles: ['peer_specialist'],
        authorRoles: ['case_manager', 'peer_specialist'],
      }),
    ).toBe(true);
  });

  it("is never needed on a supervisor's own note", () => {
    expect(cosignRequired({ programRequires: true, cosignRoles: [], authorRoles: ['supervisor'] })).toBe(false);
    expect(
      cosignRequired({
        programRequires: true,
        cosignRoles: ['case_manager'],
        authorRoles: ['case_manager', 'supervisor'],
      }),
    ).toBe(false);
  });
});

describe('final notes', () => {
  it('a draft is never final', () => {
    expect(noteIsFinal({ status: 'draft', cosignRequired: false, cosignedAt: null })).toBe(false);
    expect(noteIsFinal({ status: 'draft', cosignRequired: true, cosignedAt: new Date() })).toBe(false);
  });

  it('a signed note is final unless it awaits a co-sign', () => {
    expect(noteIsFinal({ status: 'signed', cosignRequired: false, cosignedAt: null })).toBe(true);
    expect(noteIsFinal({ status: 'signed', cosignRequired: true, cosignedAt: null })).toBe(false);
    expect(noteIsFinal({ status: 'signed', cosignRequired: true, cosignedAt: '2026-03-01T10:00:00Z' })).toBe(true);
  });
});

describe('psychotherapy notes', () => {
  it('only clinicians write them', () => {
    expect(mayWritePsychotherapyNotes(['clinician'])).toBe(true);
    expect(mayWritePsychotherapyNotes(['case_manager', 'clinician'])).toBe(true);
    expect(mayWritePsychotherapyNotes(['case_manager'])).toBe(false);
    expect(mayWritePsychotherapyNotes(['supervisor', 'peer_specialist'])).toBe(false);
  });
});
