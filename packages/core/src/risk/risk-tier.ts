import type { NeedDomain } from '../needs/needs-domains.js';
import { RISK_RULES, type RiskFacts } from './risk-rules.js';

import type { RiskCssrsLevel, RiskTier } from './risk-levels.js';

export { RiskTiers, type RiskCssrsLevel, type RiskTier } from './risk-levels.js';

/** Bump on any change to a rule, threshold or window: stored tiers record which rules made them. */
export const RISK_RULE_SET_VERSION = 'careloop-risk@1';

/** Only results this recent count; older ones are named in the reasons as "no recent …". */
export const RISK_WINDOWS_DAYS = { phq9: 90, gad7: 90, phq9Item9: 14, cssrs: 30 } as const;

export interface RiskInput {
  /** Latest PHQ-9; total null when it could not be scored. */
  phq9?: { total: number | null; item9: number | null; at: string } | null;
  gad7?: { total: number | null; at: string } | null;
  cssrs?: { riskLevel: RiskCssrsLevel | null; at: string } | null;
  openSuicideRiskFlag: boolean;
  crisisEvents90d: number;
  hospitalizations180d: number;
  /** Ratings from the latest completed needs assessment (0–3, null = not assessed). */
  needs: Partial<Record<NeedDomain, number | null>>;
  /** Client housing status code, e.g. 'homeless_sheltered'. */
  housingStatus?: string | null;
  now: string;
}

export interface RiskReason {
  code: string;
  text: string;
}

export interface RiskTierResult {
  tier: RiskTier;
  version: string;
  /** Every rule that fired (highest tier first), then notes on missing or stale results. */
  reasons: RiskReason[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Inclusive: a result exactly N×24 h old still counts. An unparseable or future date counts as
 * recent, so a data error can raise the tier but never hide a risk result.
 */
function isRecent(at: string, now: string, days: number): boolean {
  const age = Date.parse(now) - Date.parse(at);
  return Number.isNaN(age) || age <= days * DAY_MS;
}

const day = (at: string) => at.slice(0, 10);

interface Gathered {
  facts: RiskFacts;
  notes: RiskReason[];
}

function gather(input: RiskInput): Gathered {
  const notes: RiskReason[] = [];
  const { phq9, gad7, cssrs, now } = input;

  let phq9Total: number | null = null;
  let phq9Item9: number | null = null;
  if (!phq9) {
    notes.push({ code: 'phq9_none', text: 'No PHQ-9 on record.' });
  } else if (!isRecent(phq9.at, now, RISK_WINDOWS_DAYS.phq9)) {
    notes.push({ code: 'phq9_stale', text: `No recent PHQ-9: the last was on ${day(phq9.at)}, over 90 days ago.` });
  } else {
    phq9Total = phq9.total;
    if (phq9.total === null) notes.push({ code: 'phq9_unscored', text: 'The latest PHQ-9 could not be scored.' });
    // Item 9 asks about thoughts of death or self-harm: only a fortnight's answer is current.
    if (isRecent(phq9.at, now, RISK_WINDOWS_DAYS.phq9Item9)) phq9Item9 = phq9.item9;
  }

  let gad7Total: number | null = null;
  if (!gad7) {
    notes.push({ code: 'gad7_none', text: 'No GAD-7 on record.' });
  } else if (!isRecent(gad7.at, now, RISK_WINDOWS_DAYS.gad7)) {
    notes.push({ code: 'gad7_stale', text: `No recent GAD-7: the last was on ${day(gad7.at)}, over 90 days ago.` });
  } else {
    gad7Total = gad7.total;
    if (gad7.total === null) notes.push({ code: 'gad7_unscored', text: 'The latest GAD-7 could not be scored.' });
  }

  let cssrsLevel: RiskCssrsLevel | null = null;
  if (!cssrs) {
    notes.push({ code: 'cssrs_none', text: 'No C-SSRS screen on record.' });
  } else if (!isRecent(cssrs.at, now, RISK_WINDOWS_DAYS.cssrs)) {
    notes.push({
      code: 'cssrs_stale',
      text: `No recent C-SSRS screen: the last was on ${day(cssrs.at)}, over 30 days ago.`,
    });
  } else {
    cssrsLevel = cssrs.riskLevel;
    if (cssrs.riskLevel === null) {
      notes.push({ code: 'cssrs_unscored', text: 'The latest C-SSRS screen has no risk level.' });
    }
  }

  const homelessStatus = input.housingStatus?.startsWith('homeless_') ? input.housingStatus : null;
  const homelessness =
    homelessStatus !== null
      ? `housing status ${homelessStatus.replace('_', ', ')}`
      : input.needs.housing === 3
        ? 'housing need rated urgent'
        : null;

  return {
    facts: {
      phq9Total,
      phq9Item9,
      gad7Total,
      cssrsLevel,
      openSuicideRiskFlag: input.openSuicideRiskFlag,
      crisisEvents90d: input.crisisEvents90d,
      hospitalizations180d: input.hospitalizations180d,
      needs: input.needs,
      homelessness,
    },
    notes,
  };
}

const TIER_RANK: Record<RiskTier, number> = { low: 0, moderate: 1, high: 2, imminent: 3 };

/** The highest tier any rule in RISK_RULES reaches; low when none fires. Pure. */
export function computeRiskTier(input: RiskInput): RiskTierResult {
  const { facts, notes } = gather(input);
  const fired: { tier: RiskTier; reason: RiskReason }[] = [];
  for (const rule of RISK_RULES) {
    const text = rule.evaluate(facts);
    if (text !== null) fired.push({ tier: rule.tier, reason: { code: rule.code, text } });
  }
  const tier = fired.reduce<RiskTier>((t, f) => (TIER_RANK[f.tier] > TIER_RANK[t] ? f.tier : t), 'low');
  const ruleReasons =
    fired.length > 0
      ? fired.map((f) => f.reason)
      : [{ code: 'no_rule_fired', text: 'No rule for a moderate or higher tier applies.' }];
  return { tier, version: RISK_RULE_SET_VERSION, reasons: [...ruleReasons, ...notes] };
}
