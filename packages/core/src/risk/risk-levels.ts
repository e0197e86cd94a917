/**
 * Risk stratification for case management (DESIGN.md §1, assessment stage). The computed tier is
 * decision support: a clinician may override it with a documented reason (riskOverrideBody).
 */
export const RiskTiers = ['low', 'moderate', 'high', 'imminent'] as const;
export type RiskTier = (typeof RiskTiers)[number];

/** The C-SSRS levels the tier rules read. */
export type RiskCssrsLevel = 'none' | 'low' | 'moderate' | 'high';
