import type { NoteKind } from '@careloop/core';

/** Psychotherapy notes are audited under their own type so the privacy officer can single them out. */
export const noteEntityType = (kind: NoteKind): 'progress_note' | 'psychotherapy_note' =>
  kind === 'psychotherapy' ? 'psychotherapy_note' : 'progress_note';
