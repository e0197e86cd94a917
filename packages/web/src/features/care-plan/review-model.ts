import { daysOverdue, gasTScore, roundTScore, type PlanGoal, type PlanReviewBody } from '@careloop/core';

/** A GAS rating on the -2..+2 scale; the radio group offers nothing else. */
export const GAS_RATINGS = [2, 1, 0, -1, -2] as const;
export type GasRating = (typeof GAS_RATINGS)[number];

/** The level description key in a goal's scale for each rating. */
export const LEVEL_KEY = {
  2: 'plus2',
  1: 'plus1',
  0: 'zero',
  [-1]: 'minus1',
  [-2]: 'minus2',
} as const satisfies Record<GasRating, string>;

export interface GoalReviewDraft {
  progress: string;
  attainment: GasRating | null;
}

export interface ReviewDraft {
  goals: Record<string, GoalReviewDraft>;
  clientComments: string;
  changesNeeded: string;
}

export function emptyReview(goals: readonly PlanGoal[]): ReviewDraft {
  return {
    goals: Object.fromEntries(goals.map((g) => [g.id, { progress: '', attainment: null }])),
    clientComments: '',
    changesNeeded: '',
  };
}

/** +1 rather than 1: the scale is read as signed. */
export const signedRating = (r: number): string => (r > 0 ? `+${r}` : String(r));

export function parseRating(value: string): GasRating | null {
  return GAS_RATINGS.find((r) => String(r) === value) ?? null;
}

/**
 * The live preview of the plan's GAS T-score: the same core formula the server uses, over the
 * goals that have a scale and a rating, weighted by each scale's weight. Null when none is rated.
 */
export function previewTScore(goals: readonly PlanGoal[], draft: ReviewDraft): number | null {
  const rated = goals.flatMap((g) => {
    const x = draft.goals[g.id]?.attainment;
    return g.gas && x !== null && x !== undefined ? [{ x, w: g.gas.weight }] : [];
  });
  if (rated.length === 0) return null;
  return roundTScore(
    gasTScore(
      rated.map((r) => r.x),
      rated.map((r) => r.w),
    ),
  );
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The request body, goals in plan order; a rating is only sent for a goal with a scale. */
export function toBody(goals: readonly PlanGoal[], draft: ReviewDraft): PlanReviewBody {
  return {
    goals: goals.map((g) => {
      const d = draft.goals[g.id];
      return {
        goalId: g.id,
        progress: d?.progress.trim() ?? '',
        attainment: g.gas ? (d?.attainment ?? null) : null,
      };
    }),
    clientComments: orNull(draft.clientComments),
    changesNeeded: orNull(draft.changesNeeded),
  };
}

/** Field errors of goal `index` (paths goals.<i>.<field>), keyed by field. */
export function goalErrors(fields: Record<string, string>, index: number): { progress?: string; attainment?: string } {
  const prefix = `goals.${index}.`;
  return {
    progress: fields[`${prefix}progress`],
    attainment: fields[`${prefix}attainment`] ?? fields[`${prefix}goalId`],
  };
}

/** Whole days the review is late (0 when on time), counted like the caseload does. */
export function reviewDaysLate(reviewDueAt: string | null, now: Date): number {
  return reviewDueAt ? daysOverdue(new Date(reviewDueAt), now) : 0;
}
