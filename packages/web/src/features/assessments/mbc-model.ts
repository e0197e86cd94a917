import type { AssessmentResultView, EpisodeView, MbcMeasure } from '@careloop/core';
import type { TrendPoint } from './trend-chart.js';

/** Complete scores of one measure, oldest first; incomplete forms have no total and never count. */
export function measureSeries(items: readonly AssessmentResultView[], measure: MbcMeasure): TrendPoint[] {
  return items
    .filter((r) => r.instrument === measure && r.complete && r.total !== null)
    .map((r) => ({ at: r.administeredAt, total: r.total ?? 0, severity: r.severity }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The open episode a new result belongs to: the most recently opened one if there are several. */
export function openEpisode(episodes: readonly EpisodeView[]): EpisodeView | null {
  const open = episodes.filter((e) => e.closedAt === null);
  open.sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt));
  return open[0] ?? null;
}
