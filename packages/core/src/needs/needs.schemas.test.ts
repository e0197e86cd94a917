import { describe, expect, it } from 'vitest';
import { NeedDomains } from './needs-domains.js';
import { needsAssessmentBody } from './needs.schemas.js';

const allRated = Object.fromEntries(NeedDomains.map((d) => [d, { rating: 0 }]));
const base = { present: [{ role: 'client' }], clientPriorities: 'Keep my flat.', status: 'completed' };

const paths = (r: ReturnType<typeof needsAssessmentBody.safeParse>) =>
  r.success ? [] : r.error.issues.map((i) => i.path.join('.'));

describe('needsAssessmentBody', () => {
  it('accepts a completed assessment with every domain rated and the client present', () => {
    const r = needsAssessmentBody.safeParse({
      ...base,
      domains: { ...allRated, housing: { rating: 3, clientWords: '  I sleep in my car. ', strengths: 'Has a job' } },
      overallStrengths: null,
      version: 2,
    });
    expect(r.success).toBe(true);
    expect(r.data?.domains.housing?.clientWords).toBe('I sleep in my car.');
  });

  it('accepts a partial draft without the client', () => {
    const r = needsAssessmentBody.safeParse({
      ...base,
      status: 'draft',
      present: [],
      domains: { food: { rating: null } },
    });
    expect(r.success).toBe(true);
  });

  it('rejects completing with an unrated domain, with a field path per domain', () => {
    const r = needsAssessmentBody.safeParse({ ...base, domains: { ...allRated, legal: { rating: null } } });
    expect(paths(r)).toEqual(['domains.legal.rating']);
  });

  it('rejects completing without the client present', () => {
    const r = needsAssessmentBody.safeParse({ ...base, present: [{ role: 'family', name: 'Ana' }], domains: allRated });
    expect(paths(r)).toEqual(['present']);
  });

  it('rejects ratings outside 0..3, unknown domains and words over 2000 characters', () => {
    expect(
      paths(needsAssessmentBody.safeParse({ ...base, status: 'draft', domains: { food: { rating: 4 } } })),
    ).toEqual(['domains.food.rating']);
    expect(needsAssessmentBody.safeParse({ ...base, status: 'draft', domains: { pets: { rating: 1 } } }).success).toBe(
      false,
    );
    const long = 'x'.repeat(2001);
    expect(
      paths(
        needsAssessmentBody.safeParse({ ...base, status: 'draft', domains: { food: { rating: 1, strengths: long } } }),
      ),
    ).toEqual(['domains.food.strengths']);
    expect(paths(needsAssessmentBody.safeParse({ ...base, domains: allRated, clientPriorities: long }))).toEqual([
      'clientPriorities',
    ]);
  });
});
