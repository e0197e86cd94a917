import { describe, expect, it } from 'vitest';
import { RISK_RULE_SET_VERSION, computeRiskTier, type RiskInput } from './risk-tier.js';
import { riskOverrideBody } from './risk.schemas.js';

const NOW = '2025-06-15T12:00:00.000Z';
const DAY = 24 * 60 * 60 * 1000;
/** `d` days (fractions allowed) before NOW. */
const ago = (d: number) => new Date(Date.parse(NOW) - d * DAY).toISOString();
const JUST_OVER = 1 / (24 * 60); // one minute

/** A client with recent, all-clear results: low. */
const calm = (over: Partial<RiskInput> = {}): RiskInput => ({
  phq9: { total: 0, item9: 0, at: ago(1) },
  gad7: { total: 0, at: ago(1) },
  cssrs: { riskLevel: 'none', at: ago(1) },
  openSuicideRiskFlag: false,
  crisisEvents90d: 0,
  hospitalizations180d: 0,
  needs: {},
  housingStatus: 'housed',
  now: NOW,
  ...over,
});

const run = (over: Partial<RiskInput>) => computeRiskTier(calm(over));
const codes = (over: Partial<RiskInput>) => run(over).reasons.map((r) => r.code);
const tier = (over: Partial<RiskInput>) => run(over).tier;

describe('risk tier: low', () => {
  it('is low when no rule fires, and says so, with the rule-set version', () => {
    expect(computeRiskTier(calm())).toEqual({
      tier: 'low',
      version: RISK_RULE_SET_VERSION,
      reasons: [{ code: 'no_rule_fired', text: expect.any(String) }],
    });
    expect(RISK_RULE_SET_VERSION).toBe('careloop-risk@1');
  });
});

describe('risk tier: imminent', () => {
  it('imminent: C-SSRS high within 30 days (29 and exactly 30 days count)', () => {
    expect(tier({ cssrs: { riskLevel: 'high', at: ago(29) } })).toBe('imminent');
    expect(tier({ cssrs: { riskLevel: 'high', at: ago(30) } })).toBe('imminent');
    expect(codes({ cssrs: { riskLevel: 'high', at: ago(30) } })).toContain('cssrs_high_recent');
  });

  it('not imminent: C-SSRS high over 30 days ago is named as no recent C-SSRS', () => {
    for (const d of [30 + JUST_OVER, 31]) {
      const r = run({ cssrs: { riskLevel: 'high', at: ago(d) } });
      expect(r.tier).toBe('low');
      expect(r.reasons).toContainEqual({ code: 'cssrs_stale', text: expect.stringMatching(/^No recent C-SSRS/) });
    }
  });

  it('imminent: PHQ-9 item 9 = 3 within 14 days with an open suicide-risk flag', () => {
    const r = run({ phq9: { total: 12, item9: 3, at: ago(14) }, openSuicideRiskFlag: true });
    expect(r.tier).toBe('imminent');
    expect(r.reasons[0]?.code).toBe('phq9_item9_daily_with_flag');
  });

  it('not imminent: item 9 = 3 on day 15, item 9 = 2, or no open flag', () => {
    expect(tier({ phq9: { total: 12, item9: 3, at: ago(15) }, openSuicideRiskFlag: true })).toBe('high');
    expect(tier({ phq9: { total: 12, item9: 2, at: ago(1) }, openSuicideRiskFlag: true })).toBe('high');
    expect(tier({ phq9: { total: 12, item9: 3, at: ago(1) }, openSuicideRiskFlag: false })).toBe('high');
  });
});

describe('risk tier: high', () => {
  it('high: C-SSRS moderate within 30 days; on day 31 it is stale', () => {
    expect(tier({ cssrs: { riskLevel: 'moderate', at: ago(30) } })).toBe('high');
    expect(codes({ cssrs: { riskLevel: 'moderate', at: ago(30) } })).toContain('cssrs_moderate_recent');
    expect(tier({ cssrs: { riskLevel: 'moderate', at: ago(31) } })).toBe('low');
  });

  it('high: an open suicide-risk flag on its own', () => {
    expect(run({ openSuicideRiskFlag: true }).reasons[0]).toEqual({
      code: 'open_suicide_risk_flag',
      text: 'A suicide-risk flag is open.',
    });
    expect(tier({ openSuicideRiskFlag: true })).toBe('high');
  });

  it('high: PHQ-9 item 9 = 3 within 14 days without a flag', () => {
    expect(codes({ phq9: { total: 5, item9: 3, at: ago(14) } })).toContain('phq9_item9_daily');
    expect(tier({ phq9: { total: 5, item9: 3, at: ago(14) } })).toBe('high');
  });

  it('high: 2 hospitalizations in 180 days (1 is moderate)', () => {
    expect(tier({ hospitalizations180d: 2 })).toBe('high');
    expect(codes({ hospitalizations180d: 2 })).toEqual(['hospitalizations_2plus']);
    expect(tier({ hospitalizations180d: 1 })).toBe('moderate');
  });

  it('high: 2 crisis events in 90 days (1 is moderate)', () => {
    expect(tier({ crisisEvents90d: 2 })).toBe('high');
    expect(codes({ crisisEvents90d: 2 })).toEqual(['crisis_events_2plus']);
    expect(tier({ crisisEvents90d: 1 })).toBe('moderate');
  });

  it('high: safety and risk need rated urgent (3); rated 2 alone is low', () => {
    expect(codes({ needs: { safety_risk: 3 } })).toEqual(['safety_need_urgent']);
    expect(tier({ needs: { safety_risk: 3 } })).toBe('high');
    expect(tier({ needs: { safety_risk: 2 } })).toBe('low');
  });

  it('high: homeless by housing status with PHQ-9 15 (14 is moderate)', () => {
    const phq = (total: number) => ({ total, item9: 0, at: ago(90) });
    for (const housingStatus of ['homeless_sheltered', 'homeless_unsheltered']) {
      expect(tier({ housingStatus, phq9: phq(15) })).toBe('high');
      expect(tier({ housingStatus, phq9: phq(14) })).toBe('moderate');
    }
    expect(run({ housingStatus: 'homeless_unsheltered', phq9: phq(15) }).reasons[0]).toEqual({
      code: 'homeless_with_phq9_15plus',
      text: expect.stringContaining('homeless, unsheltered'),
    });
  });

  it('high: homeless by an urgent housing need with PHQ-9 15; housed clients stay moderate', () => {
    const phq9 = { total: 15, item9: 0, at: ago(1) };
    expect(tier({ housingStatus: null, needs: { housing: 3 }, phq9 })).toBe('high');
    expect(tier({ housingStatus: 'unstably_housed', needs: { housing: 2 }, phq9 })).toBe('moderate');
  });

  it('not high: homeless with PHQ-9 15 taken 91 days ago', () => {
    const r = run({ housingStatus: 'homeless_sheltered', phq9: { total: 20, item9: 0, at: ago(91) } });
    expect(r.tier).toBe('low');
    expect(r.reasons).toContainEqual({ code: 'phq9_stale', text: expect.stringMatching(/^No recent PHQ-9/) });
  });
});

describe('risk tier: moderate', () => {
  const phq = (total: number, d = 1) => ({ total, item9: 0, at: ago(d) });

  it('moderate: PHQ-9 10 within 90 days (9 is low; day 90 counts, day 91 is stale)', () => {
    expect(tier({ phq9: phq(10) })).toBe('moderate');
    expect(tier({ phq9: phq(9) })).toBe('low');
    expect(tier({ phq9: phq(10, 90) })).toBe('moderate');
    expect(tier({ phq9: phq(10, 90 + JUST_OVER) })).toBe('low');
    expect(codes({ phq9: phq(10, 91) })).toContain('phq9_stale');
  });

  it('moderate: GAD-7 10 within 90 days (9 is low; day 91 is stale)', () => {
    expect(codes({ gad7: { total: 10, at: ago(90) } })).toEqual(['gad7_10plus']);
    expect(tier({ gad7: { total: 9, at: ago(1) } })).toBe('low');
    const stale = run({ gad7: { total: 15, at: ago(91) } });
    expect(stale.tier).toBe('low');
    expect(stale.reasons).toContainEqual({ code: 'gad7_stale', text: expect.stringMatching(/^No recent GAD-7/) });
  });

  it('moderate: PHQ-9 item 9 = 1 or 2 within 14 days (day 15 does not count)', () => {
    expect(codes({ phq9: { total: 4, item9: 1, at: ago(14) } })).toEqual(['phq9_item9_positive']);
    expect(tier({ phq9: { total: 4, item9: 2, at: ago(1) } })).toBe('moderate');
    expect(tier({ phq9: { total: 4, item9: 2, at: ago(15) } })).toBe('low');
  });

  it('moderate: C-SSRS low within 30 days (day 31 is stale)', () => {
    expect(codes({ cssrs: { riskLevel: 'low', at: ago(30) } })).toEqual(['cssrs_low_recent']);
    expect(tier({ cssrs: { riskLevel: 'low', at: ago(31) } })).toBe('low');
  });

  it('moderate: 1 hospitalization in 180 days or 1 crisis event in 90 days', () => {
    expect(codes({ hospitalizations180d: 1 })).toEqual(['hospitalization_1']);
    expect(codes({ crisisEvents90d: 1 })).toEqual(['crisis_event_1']);
  });

  it('moderate: any need rated urgent (3), named in the reason', () => {
    expect(run({ needs: { food: 3 } }).reasons).toEqual([
      { code: 'need_urgent', text: expect.stringContaining('food') },
    ]);
    expect(tier({ needs: { food: 2 } })).toBe('low');
  });

  it('moderate: 3 needs rated 2 or more (2 needs is low)', () => {
    expect(codes({ needs: { food: 2, legal: 2, education: 2 } })).toEqual(['actionable_needs_3plus']);
    expect(tier({ needs: { food: 2, legal: 2, education: 1, housing: null } })).toBe('low');
  });
});

describe('risk tier: reasons', () => {
  it('lists every rule that fired, highest tier first, then notes', () => {
    const r = run({
      cssrs: { riskLevel: 'high', at: ago(1) },
      hospitalizations180d: 3,
      phq9: { total: 18, item9: 1, at: ago(2) },
      gad7: null,
    });
    expect(r.tier).toBe('imminent');
    expect(r.reasons.map((x) => x.code)).toEqual([
      'cssrs_high_recent',
      'hospitalizations_2plus',
      'phq9_10plus',
      'phq9_item9_positive',
      'gad7_none',
    ]);
  });

  it('names results that are missing or could not be scored', () => {
    expect(codes({ phq9: null, gad7: undefined, cssrs: null })).toEqual([
      'no_rule_fired',
      'phq9_none',
      'gad7_none',
      'cssrs_none',
    ]);
    expect(
      codes({
        phq9: { total: null, item9: null, at: ago(1) },
        gad7: { total: null, at: ago(1) },
        cssrs: { riskLevel: null, at: ago(1) },
      }),
    ).toEqual(['no_rule_fired', 'phq9_unscored', 'gad7_unscored', 'cssrs_unscored']);
  });

  it('counts a result with an unparseable or future date as recent, so it is never hidden', () => {
    expect(tier({ cssrs: { riskLevel: 'high', at: 'not a date' } })).toBe('imminent');
    expect(tier({ cssrs: { riskLevel: 'moderate', at: ago(-1) } })).toBe('high');
  });
});

describe('riskOverrideBody', () => {
  it('needs a tier and a reason of 1..2000 characters', () => {
    expect(riskOverrideBody.safeParse({ tier: 'high', reason: ' Seen today; voiced a plan. ' }).data).toEqual({
      tier: 'high',
      reason: 'Seen today; voiced a plan.',
    });
    expect(riskOverrideBody.safeParse({ tier: 'high', reason: '   ' }).success).toBe(false);
    expect(riskOverrideBody.safeParse({ tier: 'high', reason: 'x'.repeat(2001) }).success).toBe(false);
    expect(riskOverrideBody.safeParse({ tier: 'severe', reason: 'x' }).success).toBe(false);
  });
});
