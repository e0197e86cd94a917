import type { RiskTier } from '../risk/risk-tier.js';
import { faceToFaceRule, type CadenceRule } from './cadence-rules.js';

/** How a risk tier tightens a program's cadence; null leaves that part as the program has it. */
export interface CadenceTightening {
  /** The contact rule may allow at most this many days per contact (N stays, the window shrinks). */
  maxDaysPerContact: number | null;
  /** At least one face-to-face contact this often (added when the program has no such rule). */
  faceToFaceEveryDays: number | null;
}

/**
 * System defaults (CLINICAL.md §5.2b, [U] agency configuration): high risk -> at least weekly and
 * in person every 2 weeks; imminent -> at least every 2 days and in person weekly. Pass an
 * agency's own table to `tightenForRisk` to override.
 */
export const CADENCE_TIGHTENING: Readonly<Record<RiskTier, CadenceTightening>> = {
  low: { maxDaysPerContact: null, faceToFaceEveryDays: null },
  moderate: { maxDaysPerContact: null, faceToFaceEveryDays: null },
  high: { maxDaysPerContact: 7, faceToFaceEveryDays: 14 },
  imminent: { maxDaysPerContact: 2, faceToFaceEveryDays: 7 },
};

function tightenRule(rule: CadenceRule, tier: RiskTier, t: CadenceTightening): CadenceRule {
  switch (rule.id) {
    case 'contacts': {
      const cap = t.maxDaysPerContact;
      if (cap === null || rule.windowDays <= rule.minContacts * cap) return rule;
      return { ...rule, windowDays: rule.minContacts * cap, tightenedFor: tier };
    }
    case 'face_to_face': {
      const cap = t.faceToFaceEveryDays;
      if (cap === null || rule.windowDays <= cap) return rule;
      return { ...faceToFaceRule(cap), tightenedFor: tier };
    }
  }
}

/**
 * A program's rules as they apply to a client of this tier: never looser than the program's own,
 * tighter where the tier asks for more. No tier yet (not assessed) leaves them as they are.
 */
export function tightenForRisk(
  rules: readonly CadenceRule[],
  tier: RiskTier | null,
  tightening: Readonly<Record<RiskTier, CadenceTightening>> = CADENCE_TIGHTENING,
): CadenceRule[] {
  if (tier === null) return [...rules];
  const t = tightening[tier];
  const out = rules.map((r) => tightenRule(r, tier, t));
  if (t.faceToFaceEveryDays !== null && !out.some((r) => r.id === 'face_to_face')) {
    out.push({ ...faceToFaceRule(t.faceToFaceEveryDays), tightenedFor: tier });
  }
  return out;
}
