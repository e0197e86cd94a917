import { sectionsOf, type NoteFormat, type NoteSectionKey, type NoteSections } from '@careloop/core';

export type Side = 'theirs' | 'yours';

/** The note's own sections, each a string (empty while unwritten), in reading order. */
export function sectionValues(format: NoteFormat, sections: NoteSections): Record<NoteSectionKey, string> {
  return Object.fromEntries(sectionsOf(format).map((k) => [k, sections[k] ?? ''])) as Record<NoteSectionKey, string>;
}

/** Same text in every section of the format (sections the format does not have are ignored). */
export function sameSections(format: NoteFormat, a: NoteSections, b: NoteSections): boolean {
  return sectionsOf(format).every((k) => (a[k] ?? '') === (b[k] ?? ''));
}

/** Sections where the saved version and the typing on screen differ. */
export function differingSections(format: NoteFormat, theirs: NoteSections, yours: NoteSections): NoteSectionKey[] {
  return sectionsOf(format).filter((k) => (theirs[k] ?? '') !== (yours[k] ?? ''));
}

/** The merged note: per section the chosen side; unchosen sections keep what was saved (theirs). */
export function mergeSections(
  format: NoteFormat,
  theirs: NoteSections,
  yours: NoteSections,
  choices: Readonly<Partial<Record<NoteSectionKey, Side>>>,
): NoteSections {
  return Object.fromEntries(sectionsOf(format).map((k) => [k, (choices[k] === 'yours' ? yours[k] : theirs[k]) ?? '']));
}
