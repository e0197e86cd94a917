import { assessmentFacts } from './modules/assessments/assessment-facts.js';
import { carePlanFacts } from './modules/careplans/care-plan-facts.js';
import { combineStageFacts, episodeFacts, type StageFacts } from './modules/episodes/stage-rules.js';
import { startPostTransition } from './modules/transitions/transition-follow-up.js';
import { transitionFacts } from './modules/transitions/transition-facts.js';

/** Where episodes learn what other modules know about an episode (see episodes/stage-rules.ts). */
export const stageFacts: StageFacts = combineStageFacts([
  episodeFacts,
  (db, { episode }) => assessmentFacts(db, episode.clientId, episode.openedAt),
  (db, { episode }) => carePlanFacts(db, episode.id),
  (db, { episode }) => transitionFacts(db, episode.id),
]);

/** What follows an accepted hand-off in other modules: the transition check-ins. */
export const onHandoffAccepted = startPostTransition;
