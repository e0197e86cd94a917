import { addDays } from 'date-fns';

const TIER_ORDER = { low: 0, moderate: 1, high: 2, imminent: 3 } as const;
type Tier = keyof typeof TIER_ORDER;

export interface ReviewDueInput {
  /** When the effective version was signed. */
  signedAt: Date;
  /** The latest review of this version, if any. */
  lastReviewAt: Date | null;
  intervalDays: number;
  /** Tier history, oldest first. A rise after the last review or signing brings the review forward. */
  tierChanges: readonly { at: Date; tier: Tier }[];
}

/**
 * When the plan must next be reviewed: the program's interval after the last review (or the
 * signing), or at once when the risk tier rose since then. Crises and hospitalisations will
 * bring it forward the same way when the crisis module records them.
 */
export function planReviewDue(input: ReviewDueInput): { dueAt: Date; reason: 'interval' | 'tier_rose' } {
  const since = input.lastReviewAt ?? input.signedAt;
  let before: Tier | null = null;
  for (const c of input.tierChanges) {
    if (c.at.getTime() <= since.getTime()) {
      before = c.tier;
      continue;
    }
    if (before !== null && TIER_ORDER[c.tier] > TIER_ORDER[before]) return { dueAt: c.at, reason: 'tier_rose' };
    before = c.tier;
  }
  return { dueAt: addDays(since, input.intervalDays), reason: 'interval' };
}
