import { NEED_DOMAIN_LABELS, NeedDomains, type NeedDomain } from '../needs/needs-domains.js';
import type { RiskCssrsLevel, RiskTier } from './risk-levels.js';

/** What the rules read: results already filtered to their recency windows (risk-tier.ts). */
export interface RiskFacts {
  /** PHQ-9 total within 90 days. */
  phq9Total: number | null;
  /** PHQ-9 item 9 (0–3) within 14 days. */
  phq9Item9: number | null;
  /** GAD-7 total within 90 days. */
  gad7Total: number | null;
  /** C-SSRS screen risk level within 30 days. */
  cssrsLevel: RiskCssrsLevel | null;
  openSuicideRiskFlag: boolean;
  crisisEvents90d: number;
  hospitalizations180d: number;
  needs: Partial<Record<NeedDomain, number | null>>;
  /** How the client is known to be homeless (status or urgent housing need), else null. */
  homelessness: string | null;
}

export interface RiskRule {
  code: string;
  tier: Exclude<RiskTier, 'low'>;
  /** The plain-language reason when the rule fires, else null. */
  evaluate: (f: RiskFacts) => string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const domainsRated = (f: RiskFacts, ok: (rating: number) => boolean) =>
  NeedDomains.filter((d) => {
    const r = f.needs[d];
    return r != null && ok(r);
  });

const names = (ds: readonly NeedDomain[]) => ds.map((d) => NEED_DOMAIN_LABELS[d].toLowerCase()).join(', ');

/**
 * careloop-risk@1. Conservative defaults, not a validated instrument: each threshold is a
 * practice convention chosen to err toward a higher tier, which a clinician may lower with a reason.
 * Count and rating rules are banded (1 hospitalization → moderate, 2+ → high) so one fact is not
 * reported twice.
 */
export const RISK_RULES: readonly RiskRule[] = [
  // ── imminent ──
  {
    code: 'cssrs_high_recent',
    tier: 'imminent',
    evaluate: (f) => (f.cssrsLevel === 'high' ? 'C-SSRS screen showed high risk within the last 30 days.' : null),
  },
  {
    // Daily thoughts of death or self-harm, already flagged as suicide risk.
    code: 'phq9_item9_daily_with_flag',
    tier: 'imminent',
    evaluate: (f) =>
      f.phq9Item9 === 3 && f.openSuicideRiskFlag
        ? 'PHQ-9 item 9 (thoughts of death or self-harm) was "nearly every day" within the last 14 days, and a suicide-risk flag is open.'
        : null,
  },
  // ── high ──
  {
    code: 'cssrs_moderate_recent',
    tier: 'high',
    evaluate: (f) =>
      f.cssrsLevel === 'moderate' ? 'C-SSRS screen showed moderate risk within the last 30 days.' : null,
  },
  {
    code: 'open_suicide_risk_flag',
    tier: 'high',
    evaluate: (f) => (f.openSuicideRiskFlag ? 'A suicide-risk flag is open.' : null),
  },
  {
    // Without an open flag daily thoughts of self-harm still call for a high tier.
    code: 'phq9_item9_daily',
    tier: 'high',
    evaluate: (f) =>
      f.phq9Item9 === 3
        ? 'PHQ-9 item 9 (thoughts of death or self-harm) was "nearly every day" within the last 14 days.'
        : null,
  },
  {
    code: 'hospitalizations_2plus',
    tier: 'high',
    evaluate: (f) =>
      f.hospitalizations180d >= 2
        ? `${plural(f.hospitalizations180d, 'hospitalization', 'hospitalizations')} in the last 180 days (2 or more).`
        : null,
  },
  {
    code: 'crisis_events_2plus',
    tier: 'high',
    evaluate: (f) =>
      f.crisisEvents90d >= 2
        ? `${plural(f.crisisEvents90d, 'crisis event', 'crisis events')} in the last 90 days (2 or more).`
        : null,
  },
  {
    code: 'safety_need_urgent',
    tier: 'high',
    evaluate: (f) => (f.needs.safety_risk === 3 ? 'The safety and risk need is rated urgent (3).' : null),
  },
  {
    // 15+ is moderately severe depression; homelessness compounds it.
    code: 'homeless_with_phq9_15plus',
    tier: 'high',
    evaluate: (f) =>
      f.homelessness !== null && f.phq9Total !== null && f.phq9Total >= 15
        ? `Homeless (${f.homelessness}) with a PHQ-9 of ${f.phq9Total} (15 or more) within the last 90 days.`
        : null,
  },
  // ── moderate ──
  {
    code: 'phq9_10plus',
    tier: 'moderate',
    evaluate: (f) =>
      f.phq9Total !== null && f.phq9Total >= 10
        ? `PHQ-9 of ${f.phq9Total} (10 or more) within the last 90 days.`
        : null,
  },
  {
    code: 'gad7_10plus',
    tier: 'moderate',
    evaluate: (f) =>
      f.gad7Total !== null && f.gad7Total >= 10
        ? `GAD-7 of ${f.gad7Total} (10 or more) within the last 90 days.`
        : null,
  },
  {
    // Any endorsement of item 9 needs a follow-up risk assessment; 3 is covered above.
    code: 'phq9_item9_positive',
    tier: 'moderate',
    evaluate: (f) =>
      f.phq9Item9 === 1 || f.phq9Item9 === 2
        ? 'PHQ-9 item 9 (thoughts of death or self-harm) was endorsed within the last 14 days.'
        : null,
  },
  {
    code: 'cssrs_low_recent',
    tier: 'moderate',
    evaluate: (f) => (f.cssrsLevel === 'low' ? 'C-SSRS screen showed low risk within the last 30 days.' : null),
  },
  {
    code: 'hospitalization_1',
    tier: 'moderate',
    evaluate: (f) => (f.hospitalizations180d === 1 ? '1 hospitalization in the last 180 days.' : null),
  },
  {
    code: 'crisis_event_1',
    tier: 'moderate',
    evaluate: (f) => (f.crisisEvents90d === 1 ? '1 crisis event in the last 90 days.' : null),
  },
  {
    // Urgent safety need is covered by the high rule above.
    code: 'need_urgent',
    tier: 'moderate',
    evaluate: (f) => {
      const urgent = domainsRated(f, (r) => r >= 3).filter((d) => d !== 'safety_risk');
      return urgent.length > 0 ? `Need rated urgent (3): ${names(urgent)}.` : null;
    },
  },
  {
    code: 'actionable_needs_3plus',
    tier: 'moderate',
    evaluate: (f) => {
      const actionable = domainsRated(f, (r) => r >= 2);
      return actionable.length >= 3
        ? `${actionable.length} needs rated action or urgent (3 or more): ${names(actionable)}.`
        : null;
    },
  },
];
