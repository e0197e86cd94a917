import { describe, expect, it } from 'vitest';
import { isAway, whereaboutsBody } from './whereabouts.js';

describe('whereabouts', () => {
  it('is away (contact by in-reach) in hospital or jail only', () => {
    expect(isAway('community')).toBe(false);
    expect(isAway('hospital')).toBe(true);
    expect(isAway('jail')).toBe(true);
  });

  it('takes a known place, an optional ISO time with an offset, and the version', () => {
    expect(whereaboutsBody.safeParse({ whereabouts: 'jail', version: 2 }).success).toBe(true);
    expect(whereaboutsBody.safeParse({ whereabouts: 'hospital', since: '2026-11-20T10:00:00-05:00' }).success).toBe(
      true,
    );
    expect(whereaboutsBody.safeParse({ whereabouts: 'shelter' }).success).toBe(false);
    expect(whereaboutsBody.safeParse({ whereabouts: 'hospital', since: '2026-11-20' }).success).toBe(false);
    expect(whereaboutsBody.safeParse({ whereabouts: 'hospital', version: 0 }).success).toBe(false);
  });
});
