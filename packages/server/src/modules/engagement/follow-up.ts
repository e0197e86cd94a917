import {
  cadenceRules,
  detectDisengagement,
  nextContactDue,
  tightenForRisk,
  type CadenceRule,
  type Disengagement,
  type NextContact,
} from '@careloop/core';
import type { DbOrTx } from '../../db/database.js';
import { cadenceFacts, type CadenceFacts } from './cadence-facts.js';

/** Where one episode stands on its cadence and engagement. */
export interface FollowUp {
  rules: CadenceRule[];
  next: NextContact;
  engagement: Disengagement;
}

/** The program's rules tightened for the client's tier, then the core rules on the facts. */
export function followUpOf(facts: CadenceFacts, now: Date): FollowUp {
  const rules = tightenForRisk(cadenceRules(facts.program), facts.riskTier);
  const next = nextContactDue({
    rules,
    contacts: facts.contacts,
    openedAt: facts.openedAt,
    now,
    whereabouts: facts.whereabouts,
    timeZone: facts.timeZone,
  });
  const window = rules.find((r) => r.id === 'contacts')?.windowDays ?? facts.program.cadenceWindowDays;
  const engagement = detectDisengagement({
    contacts: facts.contacts,
    windowDays: window,
    openedAt: facts.openedAt,
    now,
  });
  return { rules, next, engagement };
}

export interface EpisodeFollowUp {
  facts: CadenceFacts;
  followUp: FollowUp;
}

/** Where each of these open episodes stands, by episode id (one query for all of them). */
export async function followUpsFor(
  db: DbOrTx,
  organizationId: string,
  episodeIds: readonly string[],
  now: Date,
): Promise<Map<string, EpisodeFollowUp>> {
  const facts = await cadenceFacts(db, organizationId, { episodeIds });
  return new Map(facts.map((f) => [f.episodeId, { facts: f, followUp: followUpOf(f, now) }]));
}
