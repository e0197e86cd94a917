import {
  ASSESSMENT_STAGE_GUARDS,
  BASE_STAGE_GUARDS,
  CARE_PLAN_STAGE_GUARDS,
  type StageChangeBody,
  type StageGuard,
} from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { assessmentFacts } from '../assessments/assessment-facts.js';
import { carePlanFacts } from '../careplans/care-plan-facts.js';
import type { EpisodeRow } from './episode-row.js';

/** What a fact provider sees: the episode and, when a change is being made, the request. */
export interface StageFactInput {
  episode: EpisodeRow;
  change?: StageChangeBody;
}

/** Gathers named facts for the guards; later modules (assessment, care plan) add providers. */
export type StageFactProvider = (db: DbOrTx, input: StageFactInput) => Promise<Record<string, boolean>>;

const episodeFacts: StageFactProvider = (_db, { episode, change }) =>
  Promise.resolve({
    screening_decided: episode.eligibilityDecision === 'eligible',
    closure_documented: !!change?.closureReason && !!change.closingSummary?.trim(),
    handoff_accepted: episode.handoffAcceptedAt !== null,
  });

/** The registries: guards (pure, in core) and the providers of the facts they read. */
export const STAGE_GUARDS: readonly StageGuard[] = [
  ...BASE_STAGE_GUARDS,
  ...ASSESSMENT_STAGE_GUARDS,
  ...CARE_PLAN_STAGE_GUARDS,
];
export const STAGE_FACT_PROVIDERS: readonly StageFactProvider[] = [
  episodeFacts,
  (db, { episode }) => assessmentFacts(db, episode.clientId, episode.openedAt),
  (db, { episode }) => carePlanFacts(db, episode.id),
];

export async function gatherFacts(db: DbOrTx, input: StageFactInput): Promise<Record<string, boolean>> {
  const parts = await Promise.all(STAGE_FACT_PROVIDERS.map((p) => p(db, input)));
  return Object.assign({}, ...parts) as Record<string, boolean>;
}
