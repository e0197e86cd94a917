import type { StageGuard } from '../episodes/episode-stage.js';

/** The episode leaves planning for active only with a plan the client agreed to (DESIGN.md §1). */
export const CARE_PLAN_STAGE_GUARDS: readonly StageGuard[] = [
  {
    id: 'care_plan_agreed',
    message:
      'The client must agree to a care plan (signed, or verbal agreement documented), approved by a supervisor where the program requires it.',
    applies: (from, to) => from === 'planning' && to === 'active',
    met: (f) => f.care_plan_agreed === true,
  },
];
