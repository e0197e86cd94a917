import {
  ASSESSMENT_STAGE_GUARDS,
  BASE_STAGE_GUARDS,
  CARE_PLAN_STAGE_GUARDS,
  TRANSITION_STAGE_GUARDS,
  type StageChangeBody,
  type StageGuard,
} from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import type { EpisodeRow } from './episode-row.js';

/** What a fact provider sees: the episode and, when a change is being made, the request. */
export interface StageFactInput {
  episode: EpisodeRow;
  change?: StageChangeBody;
}

/** Gathers named facts for the guards; other modules (assessment, care plan) provide some. */
export type StageFactProvider = (db: DbOrTx, input: StageFactInput) => Promise<Record<string, boolean>>;

/** All the facts the guards read, from every provider the assembly registered. */
export type StageFacts = StageFactProvider;

declare module '../../context.js' {
  interface AppContext {
    /**
     * The stage-fact providers, registered where the app is assembled (`src/stage-facts.ts`), so
     * episodes need not import the modules that know the facts.
     */
    stageFacts: StageFacts;
  }
}

/** The facts this module knows itself. */
export const episodeFacts: StageFactProvider = (_db, { episode, change }) =>
  Promise.resolve({
    screening_decided: episode.eligibilityDecision === 'eligible',
    closure_documented: !!change?.closureReason && !!change.closingSummary?.trim(),
    handoff_accepted: episode.handoffAcceptedAt !== null,
  });

/** The guards (pure, in core). */
export const STAGE_GUARDS: readonly StageGuard[] = [
  ...BASE_STAGE_GUARDS,
  ...ASSESSMENT_STAGE_GUARDS,
  ...CARE_PLAN_STAGE_GUARDS,
  ...TRANSITION_STAGE_GUARDS,
];

/** One provider that asks all of them (in parallel) and merges their facts. */
export function combineStageFacts(providers: readonly StageFactProvider[]): StageFacts {
  return async (db, input) => {
    const parts = await Promise.all(providers.map((p) => p(db, input)));
    return Object.assign({}, ...parts) as Record<string, boolean>;
  };
}
