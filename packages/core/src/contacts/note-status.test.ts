import { describe, expect, it } from 'vitest';
import { cosignRequired, mayWritePsychotherapyNotes, noteIsFinal, noteStatus } from './note-status.js';

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

describe('note status', () => {
  it('a draft is a draft, whatever its co-sign fields say', () => {
    expect(noteStatus({ status: 'draft', cosignRequired: false, cosignedAt: null })).toBe('draft');
    expect(noteStatus({ status: 'draft', cosignRequired: true, cosignedAt: null })).toBe('draft');
    expect(noteStatus({ status: 'draft', cosignRequired: true, cosignedAt: '2026-03-01T10:00:00Z' })).toBe('draft');
  });

  it('a signed note that needs no co-sign is signed', () => {
    expect(noteStatus({ status: 'signed', cosignRequired: false, cosignedAt: null })).toBe('signed');
  });

  it('a signed note waits for its required co-sign, and is signed once it has it', () => {
    expect(noteStatus({ status: 'signed', cosignRequired: true, cosignedAt: null })).toBe('awaiting_cosign');
    expect(noteStatus({ status: 'signed', cosignRequired: true, cosignedAt: new Date() })).toBe('signed');
    expect(noteStatus({ status: 'signed', cosignRequired: true, cosignedAt: '2026-03-01T10:00:00Z' })).toBe('signed');
  });

  it('is signed exactly when the note is final', () => {
    for (const status of ['draft', 'signed'] as const) {
      for (const cosignRequired of [false, true]) {
        for (const cosignedAt of [null, '2026-03-01T10:00:00Z']) {
          const n = { status, cosignRequired, cosignedAt };
          expect(noteStatus(n) === 'signed').toBe(noteIsFinal(n));
        }
      }
    }
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
