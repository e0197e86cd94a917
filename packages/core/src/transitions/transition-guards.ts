import type { StageGuard } from '../episodes/episode-stage.js';

/**
 * The sending episode moves on to post-transition (the hand-off is accepted) only with the
 * hand-off checklist complete; the episodes module's own `handoff_accepted` guard stays.
 */
export const TRANSITION_STAGE_GUARDS: readonly StageGuard[] = [
  {
    id: 'handoff_checklist_complete',
    message:
      'Complete the hand-off checklist (records shared, warm hand-off, client met the new team, medications and appointments, safety plan) first.',
    applies: (from, to) => from === 'transition' && to === 'post_transition',
    met: (f) => f.handoff_checklist_complete === true,
  },
];
