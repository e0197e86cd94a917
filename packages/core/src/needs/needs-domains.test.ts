import { describe, expect, it } from 'vitest';
import {
  NEED_DOMAIN_CODING,
  NEED_DOMAIN_LABELS,
  NEED_RATING_LABELS,
  NeedDomains,
  SDOHCC_CATEGORY_SYSTEM,
  actionableNeeds,
  isActionable,
  isNeedsAssessmentComplete,
  needRatingMap,
  needsAssessmentGaps,
  type NeedDomain,
} from './needs-domains.js';

const allRated = (rating: 0 | 1 | 2 | 3 = 0) =>
  Object.fromEntries(NeedDomains.map((d) => [d, { rating }])) as Record<NeedDomain, { rating: 0 | 1 | 2 | 3 }>;

describe('need domains and ratings', () => {
  it('has 17 domains, the four rehabilitation skills among them, each labelled and coded', () => {
    expect(NeedDomains).toHaveLength(17);
    expect(NeedDomains).toEqual(
      expect.arrayContaining(['self_care', 'household_management', 'financial_literacy', 'work_readiness']),
    );
    for (const d of NeedDomains) {
      expect(NEED_DOMAIN_LABELS[d]).toBeTruthy();
      expect(NEED_DOMAIN_CODING[d].code).toMatch(/^[a-z-]+$/);
    }
  });

  it('maps the SDOH domains to Gravity category codes', () => {
    expect(NEED_DOMAIN_CODING.housing).toEqual({ system: SDOHCC_CATEGORY_SYSTEM, code: 'housing-instability' });
    expect(NEED_DOMAIN_CODING.food.code).toBe('food-insecurity');
    expect(NEED_DOMAIN_CODING.transportation.code).toBe('transportation-insecurity');
    expect(NEED_DOMAIN_CODING.income_benefits.code).toBe('financial-insecurity');
    expect(NEED_DOMAIN_CODING.employment.code).toBe('employment-status');
    expect(NEED_DOMAIN_CODING.education.code).toBe('educational-attainment');
    expect(NEED_DOMAIN_CODING.social_connection_family.code).toBe('social-connection');
    expect(NEED_DOMAIN_CODING.safety_risk.system).not.toBe(SDOHCC_CATEGORY_SYSTEM);
  });

  it('labels 0..3 none, monitor, action, urgent', () => {
    expect(NEED_RATING_LABELS).toEqual({ 0: 'none', 1: 'monitor', 2: 'action', 3: 'urgent' });
  });

  it('treats 2 and 3 as actionable, 0, 1 and not assessed as not', () => {
    expect([0, 1, 2, 3, null, undefined].map(isActionable)).toEqual([false, false, true, true, false, false]);
  });
});

describe('actionableNeeds', () => {
  it('lists urgent needs first, then in domain order, skipping unrated ones', () => {
    expect(
      actionableNeeds({
        legal: { rating: 2 },
        food: { rating: 3 },
        housing: { rating: 2 },
        employment: { rating: 1 },
        education: { rating: null },
        safety_risk: { rating: 3 },
      }),
    ).toEqual([
      { domain: 'food', rating: 3 },
      { domain: 'safety_risk', rating: 3 },
      { domain: 'housing', rating: 2 },
      { domain: 'legal', rating: 2 },
    ]);
  });

  it('is empty when nothing is actionable', () => {
    expect(actionableNeeds({})).toEqual([]);
    expect(actionableNeeds(allRated(1))).toEqual([]);
  });
});

describe('needRatingMap', () => {
  it('flattens entries to ratings, keeping not-assessed as null', () => {
    expect(needRatingMap({ housing: { rating: 3 }, food: { rating: null } })).toEqual({ housing: 3, food: null });
  });
});

describe('needs assessment completeness', () => {
  const client = [{ role: 'client' as const }];

  it('is complete with every domain rated (0 counts) and the client present', () => {
    expect(isNeedsAssessmentComplete({ domains: allRated(0), present: client })).toBe(true);
  });

  it('names each unrated or missing domain', () => {
    const domains: Partial<Record<NeedDomain, { rating: 0 | 1 | 2 | 3 | null }>> = allRated(1);
    domains.housing = { rating: null };
    delete domains.work_readiness;
    expect(needsAssessmentGaps({ domains, present: client }).map((g) => g.path)).toEqual([
      ['domains', 'housing', 'rating'],
      ['domains', 'work_readiness', 'rating'],
    ]);
    expect(isNeedsAssessmentComplete({ domains, present: client })).toBe(false);
  });

  it('needs the client among those present', () => {
    const gaps = needsAssessmentGaps({ domains: allRated(2), present: [{ role: 'family' }, { role: 'case_manager' }] });
    expect(gaps).toEqual([{ path: ['present'], message: expect.stringContaining('client') }]);
  });
});
