/** The fields of a stored result the episode scope reads. */
export interface ScopedResult {
  episodeId: string | null;
  administeredAt: string;
}

export interface EpisodeWindow {
  id: string;
  openedAt: string;
}

/**
 * Which results a client's trend shows and which its outcomes count (CLINICAL.md §4: compare with
 * the baseline of the episode). Shown: the episode's own results and results recorded with no
 * episode (seeded or historical ones), so the chart never hides a score. Counted: the episode's
 * own, plus unlinked results given on or after the episode opened. Without an open episode,
 * everything is shown and counted.
 */
export function scopeToEpisode<T extends ScopedResult>(
  results: readonly T[],
  episode: EpisodeWindow | null,
): { shown: T[]; counted: T[] } {
  if (!episode) return { shown: [...results], counted: [...results] };
  const opened = Date.parse(episode.openedAt);
  const shown = results.filter((r) => r.episodeId === episode.id || r.episodeId === null);
  const counted = shown.filter((r) => r.episodeId === episode.id || Date.parse(r.administeredAt) >= opened);
  return { shown, counted };
}
