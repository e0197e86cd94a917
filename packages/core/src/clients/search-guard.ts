/**
 * Guards on client search (not a registry dump): which searches may reach clients the searcher
 * does not work with, and which search patterns look like someone walking the registry.
 */

/** How the search text was read; the kind (never the text) is what the audit keeps. */
export const SearchQueryKinds = ['mrn', 'name_dob', 'name', 'dob', 'digits'] as const;
export type SearchQueryKind = (typeof SearchQueryKinds)[number];

/**
 * Whether a search of this kind may show a client the searcher has no relationship to, when the
 * searcher lacks the org-wide search: an exact MRN, or a name with the date of birth. A name
 * alone, a date of birth alone, a phone or an identifier matches only the searcher's own clients.
 */
export function reachesBeyondOwnClients(kind: SearchQueryKind): boolean {
  switch (kind) {
    case 'mrn':
    case 'name_dob':
      return true;
    case 'name':
    case 'dob':
    case 'digits':
      return false;
  }
}

/** One earlier search by the same user (from its audit row: kind, hit count, probe length, ids). */
export interface SearchSample {
  kind: SearchQueryKind;
  total: number;
  /** Characters in the search text without spaces (a count, not the text). */
  probeLength: number;
  shown: readonly string[];
}

/** The window the pattern is judged over, and what in it looks like enumeration. */
export const ENUMERATION_WINDOW_MINUTES = 10;
export const EnumerationThresholds = {
  /** Searches of any kind: far beyond a busy shift's look-ups. */
  searches: 150,
  /** Searches that found nobody: guessing names, numbers or dates. */
  misses: 25,
  /** Name probes of one to three letters: walking the alphabet ("ab", "ac", ...). */
  shortProbes: 15,
  /** Dates of birth alone: walking the calendar. */
  dobOnly: 20,
  /** Different clients shown: harvesting the registry. */
  distinctShown: 300,
} as const;

export type EnumerationSignal = 'volume' | 'misses' | 'alphabet_walk' | 'dob_sweep' | 'wide_harvest';

/** The first pattern the window's searches cross, or null when they look like ordinary work. */
export function enumerationSignal(samples: readonly SearchSample[]): EnumerationSignal | null {
  const th = EnumerationThresholds;
  if (samples.filter((s) => s.kind === 'name' && s.probeLength <= 3).length >= th.shortProbes) return 'alphabet_walk';
  if (samples.filter((s) => s.kind === 'dob').length >= th.dobOnly) return 'dob_sweep';
  if (samples.filter((s) => s.total === 0).length >= th.misses) return 'misses';
  if (new Set(samples.flatMap((s) => s.shown)).size >= th.distinctShown) return 'wide_harvest';
  if (samples.length >= th.searches) return 'volume';
  return null;
}
