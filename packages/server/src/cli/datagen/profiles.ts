import type { ProgramModel } from '@careloop/core';

export const PROFILE_NAMES = ['smoke', 'county', 'state'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Clients and how many agencies share them. */
export const PROFILES: Record<ProfileName, { clients: number; organizations: number }> = {
  smoke: { clients: 1_000, organizations: 1 },
  county: { clients: 100_000, organizations: 4 },
  state: { clients: 1_000_000, organizations: 20 },
};

/** No agency is made smaller than this by splitting (a --clients override keeps one agency when small). */
const MIN_CLIENTS_PER_ORGANIZATION = 20_000;

export function organizationCount(profile: ProfileName, clients: number): number {
  return Math.max(1, Math.min(PROFILES[profile].organizations, Math.floor(clients / MIN_CLIENTS_PER_ORGANIZATION)));
}

/** Share of the agency's open episodes in each level of case management (most are in the lighter ones). */
export const MODEL_SHARE: Record<ProgramModel, number> = {
  supportive: 0.4,
  strengths_based: 0.2,
  clinical: 0.17,
  intensive: 0.13,
  act: 0.1,
};

/**
 * Open primary cases per case manager: about 90% of each model's cap. Supportive case managers
 * carry ~40, the caseload the benchmark's dashboard scenario is about.
 */
export const CASELOAD_TARGET: Record<ProgramModel, number> = {
  supportive: 40,
  strengths_based: 22,
  clinical: 18,
  intensive: 16,
  act: 9,
};

/** Case managers per program team: the supervisor dashboard scenario's ~15 staff. */
export const STAFF_PER_PROGRAM = 15;

/** Share of clients with an open episode; the rest were discharged (closed episodes only). */
export const OPEN_SHARE = 0.85;

/** How far back contacts go for a long-open episode (keeps county near 3M rows). */
export const CONTACT_HISTORY_DAYS = 60;

export const DEFAULT_SEED = 'careloop-bench-1';

export interface DatagenOptions {
  profile: ProfileName;
  clients: number;
  seed: string;
  /** Times are generated relative to this instant. */
  now: Date;
  /** Clients per COPY batch. */
  batchClients: number;
}
