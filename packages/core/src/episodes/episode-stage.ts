/** Stages of an episode of case management (DESIGN.md §1). */
export const EpisodeStages = {
  screening: 'screening',
  assessment: 'assessment',
  planning: 'planning',
  active: 'active',
  transition: 'transition',
  post_transition: 'post_transition',
  closed: 'closed',
} as const;
export type EpisodeStage = (typeof EpisodeStages)[keyof typeof EpisodeStages];
export const EPISODE_STAGE_LIST = Object.values(EpisodeStages) as [EpisodeStage, ...EpisodeStage[]];

/** Allowed moves. Reassessment goes back from active; any open stage may close (with a reason). */
export const STAGE_TRANSITIONS: Record<EpisodeStage, readonly EpisodeStage[]> = {
  screening: ['assessment', 'closed'],
  assessment: ['planning', 'closed'],
  planning: ['active', 'assessment', 'closed'],
  active: ['transition', 'assessment', 'closed'],
  transition: ['post_transition', 'active', 'closed'],
  post_transition: ['closed', 'active'],
  closed: [],
};

/** A named condition a stage change needs; later modules register more (e.g. "care plan agreed"). */
export interface StageGuard {
  id: string;
  /** Shown to the user when unmet. */
  message: string;
  applies: (from: EpisodeStage, to: EpisodeStage) => boolean;
  /** Reads facts the server gathered for this episode; pure. */
  met: (facts: Readonly<Record<string, boolean>>) => boolean;
}

export interface TransitionCheck {
  allowed: boolean;
  unmet: { id: string; message: string }[];
}

export function checkTransition(
  from: EpisodeStage,
  to: EpisodeStage,
  facts: Readonly<Record<string, boolean>>,
  guards: readonly StageGuard[],
): TransitionCheck {
  if (!STAGE_TRANSITIONS[from].includes(to)) {
    return {
      allowed: false,
      unmet: [{ id: 'transition_not_allowed', message: `An episode cannot move from ${from} to ${to}.` }],
    };
  }
  const unmet = guards
    .filter((g) => g.applies(from, to) && !g.met(facts))
    .map((g) => ({ id: g.id, message: g.message }));
  return { allowed: unmet.length === 0, unmet };
}

const leaving =
  (stage: EpisodeStage, except: EpisodeStage[] = ['closed']) =>
  (from: EpisodeStage, to: EpisodeStage) =>
    from === stage && !except.includes(to);

/** Guards of the episode module itself; assessment and care-plan modules append theirs. */
export const BASE_STAGE_GUARDS: readonly StageGuard[] = [
  {
    id: 'screening_decided',
    message: 'Record a screening with an eligibility decision.',
    applies: leaving('screening'),
    met: (f) => f.screening_decided === true,
  },
  {
    id: 'closure_documented',
    message: 'Closing needs a reason and a closing summary.',
    applies: (_from, to) => to === 'closed',
    met: (f) => f.closure_documented === true,
  },
  {
    id: 'handoff_accepted',
    message: 'The receiving team must accept the hand-off.',
    applies: (from, to) => from === 'transition' && to === 'post_transition',
    met: (f) => f.handoff_accepted === true,
  },
];
