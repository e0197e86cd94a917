import { isActionable, NeedDomains, type NeedDomain } from '../needs/needs-domains.js';
import type { ProgramModel } from '../programs/program-model.js';
import type { RiskTier } from '../risk/risk-tier.js';

export interface ProgramModelInput {
  tier: RiskTier;
  needs: Partial<Record<NeedDomain, number | null>>;
  hospitalizations180d: number;
  crisisEvents90d: number;
}

export interface ProgramModelRecommendation {
  model: ProgramModel;
  reasons: string[];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Suggests a level of case management (CLINICAL.md §5.2). Decision support only: tier assignment is
 * a clinician decision supported, not made, by rules, and a LOCUS level from a licensed rater
 * outweighs this. Ladder:
 *   imminent → act · high with 2+ hospitalizations in 180 days → act · high → intensive ·
 *   moderate with 3+ actionable needs or any recent hospitalization/crisis → clinical ·
 *   moderate → strengths_based · low with any actionable need → strengths_based · else supportive.
 */
export function recommendProgramModel(input: ProgramModelInput): ProgramModelRecommendation {
  const actionable = NeedDomains.filter((d) => isActionable(input.needs[d])).length;
  const hosp = input.hospitalizations180d;
  const crisis = input.crisisEvents90d;
  switch (input.tier) {
    case 'imminent':
      return {
        model: 'act',
        reasons: [
          'Imminent risk: arrange a crisis response now.',
          'ACT, with its 24-hour team, is the most intensive community level.',
        ],
      };
    case 'high':
      if (hosp >= 2) {
        return {
          model: 'act',
          reasons: [`High risk with ${hosp} hospitalizations in the last 180 days: ACT serves high hospital use.`],
        };
      }
      return { model: 'intensive', reasons: ['High risk: intensive case management, with at least weekly contact.'] };
    case 'moderate': {
      // §5.2 places recent hospitalization/crisis above standard case management, so any recent
      // event steps a moderate tier up to clinical, alongside many actionable needs.
      const why: string[] = [];
      if (actionable >= 3) why.push(`${actionable} needs rated action or urgent`);
      if (hosp >= 1) why.push(`${count(hosp, 'hospitalization', 'hospitalizations')} in the last 180 days`);
      if (crisis >= 1) why.push(`${count(crisis, 'crisis event', 'crisis events')} in the last 90 days`);
      if (why.length > 0) return { model: 'clinical', reasons: why.map((w) => `Moderate risk with ${w}.`) };
      return { model: 'strengths_based', reasons: ['Moderate risk with fewer than 3 actionable needs.'] };
    }
    case 'low':
      if (actionable > 0) {
        return {
          model: 'strengths_based',
          reasons: [`Low risk with ${count(actionable, 'need', 'needs')} rated action or urgent.`],
        };
      }
      return { model: 'supportive', reasons: ['Low risk and no actionable needs: linkage and monitoring.'] };
  }
}
