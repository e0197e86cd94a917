import type { FieldError } from '../http/errors.js';
import type { NoteFormat, NoteSections } from './contact.schemas.js';

export type NoteSectionKey = keyof NoteSections;

/** The sections each note format is written in, in reading order. */
export const NOTE_FORMAT_SECTIONS = {
  dap: ['data', 'assessment', 'plan'],
  soap: ['subjective', 'objective', 'assessment', 'plan'],
} as const satisfies Record<NoteFormat, readonly NoteSectionKey[]>;

const ALL_SECTIONS: readonly NoteSectionKey[] = ['data', 'subjective', 'objective', 'assessment', 'plan'];

export function sectionsOf(format: NoteFormat): readonly NoteSectionKey[] {
  return NOTE_FORMAT_SECTIONS[format];
}

const present = (sections: NoteSections) => ALL_SECTIONS.filter((k) => sections[k] !== undefined);

/**
 * The format of a new note: the agency's, unless the sections sent clearly belong to the other
 * one (DAP `data` without SOAP's subjective/objective, or the reverse). Null when they mix both.
 */
export function inferNoteFormat(agencyFormat: NoteFormat, sections: NoteSections): NoteFormat | null {
  const keys = present(sections);
  const dap = keys.includes('data');
  const soap = keys.includes('subjective') || keys.includes('objective');
  if (dap && soap) return null;
  if (dap) return 'dap';
  if (soap) return 'soap';
  return agencyFormat;
}

/** Sections sent that the note's format does not have (a SOAP field on a DAP note). */
export function foreignSections(format: NoteFormat, sections: NoteSections): FieldError[] {
  const own: readonly NoteSectionKey[] = sectionsOf(format);
  return present(sections)
    .filter((k) => !own.includes(k))
    .map((k) => ({ path: k, message: `This ${format.toUpperCase()} note has no "${k}" section.` }));
}

/** Sections still empty: a note is signed only when every section of its format has text. */
export function missingSections(format: NoteFormat, sections: NoteSections): FieldError[] {
  return sectionsOf(format)
    .filter((k) => !sections[k]?.trim())
    .map((k) => ({ path: k, message: 'Write this section before signing.' }));
}

/** Only the format's sections, each present (empty while not yet written). */
export function normalizeSections(format: NoteFormat, sections: NoteSections): NoteSections {
  return Object.fromEntries(sectionsOf(format).map((k) => [k, sections[k] ?? '']));
}
