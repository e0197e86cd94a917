import { describe, expect, it } from 'vitest';
import { scopeToEpisode } from './episode-scope.js';

const ep = { id: 'e1', openedAt: '2026-02-01T00:00:00Z' };
const r = (id: string, episodeId: string | null, administeredAt: string) => ({ id, episodeId, administeredAt });

describe('scopeToEpisode', () => {
  const items = [
    r('own', 'e1', '2026-02-10T00:00:00Z'),
    r('history', null, '2026-01-01T00:00:00Z'),
    r('unlinked-after', null, '2026-02-01T00:00:00Z'),
    r('other-episode', 'e0', '2026-01-15T00:00:00Z'),
  ];

  it('shows the episode and unlinked results, and counts unlinked ones from the opening on', () => {
    const { shown, counted } = scopeToEpisode(items, ep);
    expect(shown.map((x) => x.id)).toEqual(['own', 'history', 'unlinked-after']);
    expect(counted.map((x) => x.id)).toEqual(['own', 'unlinked-after']);
  });

  it('shows and counts everything without an open episode', () => {
    const { shown, counted } = scopeToEpisode(items, null);
    expect(shown).toHaveLength(4);
    expect(counted).toHaveLength(4);
  });
});
