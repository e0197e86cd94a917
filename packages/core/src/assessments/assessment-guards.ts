import type { EpisodeStage, StageGuard } from '../episodes/episode-stage.js';

const leavingAssessment = (from: EpisodeStage, to: EpisodeStage) =>
  from === 'assessment' && to !== 'closed' && to !== 'assessment';

/** What the assessment module requires before an episode leaves the assessment stage (DESIGN.md §1). */
export const ASSESSMENT_STAGE_GUARDS: readonly StageGuard[] = [
  {
    id: 'needs_assessment_complete',
    message: 'Complete a needs and strengths assessment.',
    applies: leavingAssessment,
    met: (f) => f.needs_assessment_complete === true,
  },
  {
    id: 'risk_tier_set',
    message: 'Set a risk tier (give an instrument or record a clinician’s tier).',
    applies: leavingAssessment,
    met: (f) => f.risk_tier_set === true,
  },
];
