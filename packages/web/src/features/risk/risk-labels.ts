import type { RiskTier } from '@careloop/core';

/** Severity order for sorting and comparing: no tier ranks below low. */
export const TIER_SEVERITY: Record<RiskTier, number> = { low: 1, moderate: 2, high: 3, imminent: 4 };

/** Colour always comes with the tier's name in text; with autoContrast these shades pass AA (dark text on yellow and orange, white on teal and red). */
export const TIER_COLOR: Record<RiskTier, string> = {
  low: 'teal.9',
  moderate: 'yellow.4',
  high: 'orange.5',
  imminent: 'red.9',
};

export function tierSeverity(tier: RiskTier | null | undefined): number {
  return tier ? TIER_SEVERITY[tier] : 0;
}
