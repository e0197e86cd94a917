import { describe, expect, it } from 'vitest';
import { parseTimelineCursor, timelineQuery, TimelineKinds } from './timeline.schemas.js';

const ID = 'contact:0b8a6f1e-7c1d-4c2a-9a57-1f2e3d4c5b6a';

describe('timeline cursor', () => {
  it('reads an instant alone or with the entry id of the previous page', () => {
    expect(parseTimelineCursor('2026-03-01T14:30:00Z')).toEqual({ at: '2026-03-01T14:30:00.000Z', id: null });
    expect(parseTimelineCursor(`2026-03-01T09:30:00.123-05:00~${ID}`)).toEqual({
      at: '2026-03-01T14:30:00.123Z',
      id: ID,
    });
  });

  it('rejects anything else', () => {
    expect(parseTimelineCursor('yesterday')).toBeNull();
    expect(parseTimelineCursor('2026-03-01')).toBeNull();
    expect(parseTimelineCursor('2026-13-01T10:00:00Z')).toBeNull();
    expect(parseTimelineCursor(`2026-03-01T14:30:00Z~Contact:${ID.slice(8)}`)).toBeNull();
  });
});

describe('timeline query', () => {
  it('defaults to every kind and 50 entries', () => {
    expect(timelineQuery.parse({})).toEqual({ kinds: [...TimelineKinds], limit: 50 });
    expect(timelineQuery.parse({ kinds: '' }).kinds).toEqual([...TimelineKinds]);
  });

  it('splits a comma-separated filter and rejects unknown kinds, bad cursors and limits', () => {
    expect(timelineQuery.parse({ kinds: 'contact, note', limit: '200' })).toEqual({
      kinds: ['contact', 'note'],
      limit: 200,
    });
    expect(timelineQuery.safeParse({ kinds: 'contact,psychotherapy' }).success).toBe(false);
    expect(timelineQuery.safeParse({ before: 'soon' }).success).toBe(false);
    expect(timelineQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(timelineQuery.safeParse({ limit: '201' }).success).toBe(false);
  });
});
