import { describe, expect, it } from 'vitest';
import { needsCoverage } from './needs-coverage.js';

describe('needs coverage', () => {
  it('needs every actionable need addressed by a goal or deferred with a reason', () => {
    const r = needsCoverage({
      actionableDomains: ['housing', 'income_benefits', 'legal'],
      goals: [{ needDomains: ['housing'] }],
      deferred: [{ domain: 'legal', reason: 'Public defender handles the case; revisit in 3 months.' }],
    });
    expect(r).toEqual({ covered: ['housing'], deferred: ['legal'], missing: ['income_benefits'] });
  });

  it('does not accept a deferral without a reason', () => {
    const r = needsCoverage({ actionableDomains: ['food'], goals: [], deferred: [{ domain: 'food', reason: '  ' }] });
    expect(r.missing).toEqual(['food']);
  });

  it('is complete when there is nothing actionable, and ignores goals for other needs', () => {
    expect(needsCoverage({ actionableDomains: [], goals: [{ needDomains: ['housing'] }], deferred: [] })).toEqual({
      covered: [],
      deferred: [],
      missing: [],
    });
  });
});
