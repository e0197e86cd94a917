import type { Role } from '../auth/roles.js';

export interface CosignInput {
  /** The program of the note's episode requires a co-sign on every note. */
  programRequires: boolean;
  /** Roles whose notes the program has co-signed (e.g. peer specialists). */
  cosignRoles: readonly string[];
  authorRoles: readonly Role[];
}

/**
 * Whether a note needs a supervisor's co-sign, fixed when it is signed. A supervisor's own notes
 * need none: they are the ones who co-sign.
 */
export function cosignRequired({ programRequires, cosignRoles, authorRoles }: CosignInput): boolean {
  if (authorRoles.includes('supervisor')) return false;
  return programRequires || authorRoles.some((r) => cosignRoles.includes(r));
}

export interface NoteFinality {
  status: 'draft' | 'signed';
  cosignRequired: boolean;
  cosignedAt: Date | string | null;
}

/** Signed, and co-signed when required: only then does a note count as the final record. */
export function noteIsFinal({ status, cosignRequired, cosignedAt }: NoteFinality): boolean {
  return status === 'signed' && (!cosignRequired || cosignedAt !== null);
}

/** A note's status as the record shows it: the co-sign wait is visible. */
export const NoteStatuses = ['draft', 'signed', 'awaiting_cosign'] as const;
export type NoteStatus = (typeof NoteStatuses)[number];

/**
 * The one rule behind the contact list, the timeline and the badges: `awaiting_cosign` is signed
 * but not final yet, `signed` is final.
 */
export function noteStatus(note: NoteFinality): NoteStatus {
  if (note.status === 'draft') return 'draft';
  return noteIsFinal(note) ? 'signed' : 'awaiting_cosign';
}

/** Psychotherapy notes are written by clinicians only (CLINICAL.md §11.5). */
export function mayWritePsychotherapyNotes(roles: readonly Role[]): boolean {
  return roles.includes('clinician');
}
