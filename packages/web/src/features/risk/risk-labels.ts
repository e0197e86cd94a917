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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Overdue = { unit: 'minutes' | 'hours' | 'days'; count: number } | null;

/** How late a due instant is, in the largest whole unit that reads naturally; null when not yet due. */
export function overdueBy(dueAt: string, now: number): Overdue {
  const late = now - Date.parse(dueAt);
  if (!(late > 0)) return null;
  if (late < HOUR) return { unit: 'minutes', count: Math.max(1, Math.floor(late / MINUTE)) };
  if (late < 2 * DAY) return { unit: 'hours', count: Math.floor(late / HOUR) };
  return { unit: 'days', count: Math.floor(late / DAY) };
}
