import {
  computeRiskTier,
  NeedDomains,
  scoreInstrument,
  type NeedDomain,
  type NeedRating,
  type RiskInput,
  type RiskTierResult,
} from '@careloop/core';
import { addDays, addHours, differenceInDays, isAfter, max, min, subDays } from 'date-fns';
import { json, type CopyBatch } from './copy-writer.js';
import type { EpisodeStory } from './episodes.js';
import type { Person } from './people.js';
import type { Rng } from './random.js';
import { T } from './tables.js';

// How a need tends to be rated: most domains are fine, a few need action.
const RATING: Record<`${NeedRating}`, number> = { 0: 0.5, 1: 0.28, 2: 0.17, 3: 0.05 };
const CLIENT_WORDS = [
  'I want things to be steadier than they are now.',
  'This part of my life is hard right now.',
  'I could use some help with this.',
  'My sister helps me with this sometimes.',
  'I have managed before and want to again.',
];
const PRIORITIES = [
  'Keeping my apartment and seeing my kids.',
  'Getting a job and staying out of the hospital.',
  'Feeling less alone and getting my benefits sorted out.',
  'Staying sober and finding stable housing.',
];
const BASELINE_ITEM_MEAN = [0.4, 1.0, 1.7, 2.3] as const;

export interface ClinicalStory {
  /** Domains rated 2–3 in the completed needs assessment (what the care plan must address). */
  actionable: NeedDomain[];
  openSuicideFlag: boolean;
}

type Ratings = Partial<Record<NeedDomain, number | null>>;
interface DomainEntry {
  rating: NeedRating | null;
  clientWords: string | null;
  strengths: string | null;
}

function needsAssessment(batch: CopyBatch, rng: Rng, e: EpisodeStory, completedAt: Date | null, startedAt: Date) {
  const domains: Partial<Record<NeedDomain, DomainEntry>> = {};
  const ratings: Ratings = {};
  for (const d of NeedDomains) {
    const rating = completedAt || rng.chance(0.5) ? (Number(rng.weighted(RATING)) as NeedRating) : null;
    ratings[d] = rating;
    domains[d] = {
      rating,
      clientWords: rating !== null && rating >= 2 ? rng.pick(CLIENT_WORDS) : null,
      strengths: rng.chance(0.2) ? 'Keeps appointments when reminded.' : null,
    };
  }
  batch.add(T.needs, {
    id: rng.uuid(),
    organization_id: e.organizationId,
    client_id: e.clientId,
    episode_id: e.id,
    status: completedAt ? 'completed' : 'draft',
    domains: json(domains),
    present: json([{ role: 'client' }, { role: 'case_manager' }]),
    client_priorities: rng.pick(PRIORITIES),
    overall_strengths: rng.chance(0.6) ? 'Resourceful, has a supportive friend, wants to work.' : null,
    created_by_id: e.caseManagerId,
    created_at: startedAt,
    updated_at: completedAt ?? startedAt,
    completed_at: completedAt,
    completed_by_id: completedAt ? e.caseManagerId : null,
  });
  return ratings;
}

interface Phq9 {
  id: string;
  at: Date;
  total: number | null;
  item9: number;
  flags: string[];
}

/** PHQ-9s every 1–3 months since assessment, scored by the real scorer, usually improving. */
function phq9Series(batch: CopyBatch, rng: Rng, e: EpisodeStory, from: Date): Phq9[] {
  const out: Phq9[] = [];
  const baseline = BASELINE_ITEM_MEAN[rng.int(0, 3)]!;
  const improvement = rng.next() * 0.5;
  // At most a year of history: a long enrolment's early results are not generated.
  let at = max([addDays(from, rng.int(0, 3)), subDays(e.end, 365 - rng.int(0, 30))]);
  const start = at;
  const span = Math.max(1, differenceInDays(e.end, start));
  while (!isAfter(at, e.end)) {
    const progress = Math.min(1, differenceInDays(at, start) / span);
    const mean = baseline * (1 - improvement * progress);
    const answers = Array.from({ length: 9 }, (_, i) => {
      if (i === 8) return rng.chance(0.02) ? rng.int(1, 2) : 0;
      return Math.max(0, Math.min(3, Math.round(mean + (rng.next() - 0.5) * 1.6)));
    });
    const scored = scoreInstrument('phq9', answers);
    const id = rng.uuid();
    batch.add(T.results, {
      id,
      organization_id: e.organizationId,
      client_id: e.clientId,
      episode_id: e.id,
      instrument: 'phq9',
      definition_version: scored.definitionVersion,
      answers: json(answers),
      complete: scored.complete,
      total: scored.total,
      severity: scored.severity,
      flags: scored.flags,
      mode: rng.chance(0.8) ? 'clinician' : 'self_report',
      administered_at: at,
      signed_by_id: e.caseManagerId,
      signed_at: at,
    });
    out.push({ id, at, total: scored.total, item9: answers[8]!, flags: scored.flags });
    at = addDays(at, rng.int(45, 120));
  }
  return out;
}

/**
 * What the safety rules leave behind for a positive item 9: a suicide-risk flag and a C-SSRS
 * task. Only the latest recent one is still open; older ones were cleared by the psychiatrist.
 */
function safetyFollowUps(batch: CopyBatch, rng: Rng, e: EpisodeStory, results: Phq9[], now: Date): boolean {
  let open = false;
  results.forEach((r, i) => {
    if (!r.flags.includes('suicide_risk_followup')) return;
    const stillOpen = i === results.length - 1 && !e.closedAt && differenceInDays(now, r.at) <= 14;
    open ||= stillOpen;
    const resolvedAt = stillOpen ? null : min([addHours(r.at, rng.int(2, 72)), now]);
    batch.add(T.flags, {
      id: rng.uuid(),
      organization_id: e.organizationId,
      client_id: e.clientId,
      kind: 'suicide_risk',
      status: stillOpen ? 'open' : 'resolved',
      source_result_ids: [r.id],
      raised_at: r.at,
      last_raised_at: r.at,
      resolved_at: resolvedAt,
      resolved_by_id: resolvedAt ? e.program.psychiatristId : null,
      resolution: resolvedAt ? 'C-SSRS screen given; low risk; safety plan reviewed.' : null,
    });
    batch.add(T.tasks, {
      id: rng.uuid(),
      organization_id: e.organizationId,
      client_id: e.clientId,
      episode_id: e.id,
      kind: 'cssrs_screen',
      title: null,
      priority: 'urgent',
      status: resolvedAt ? 'completed' : 'open',
      due_at: addHours(r.at, 2),
      assigned_to_id: e.caseManagerId,
      source: 'safety_rule',
      source_result_id: r.id,
      created_by_id: null,
      created_at: r.at,
      updated_at: resolvedAt ?? r.at,
      completed_at: resolvedAt,
      completed_by_id: resolvedAt ? e.program.psychiatristId : null,
      outcome: resolvedAt ? 'C-SSRS screen given.' : null,
    });
  });
  return open;
}

function riskInput(at: Date, phq9: Phq9 | undefined, needs: Ratings, person: Person, openFlag: boolean): RiskInput {
  return {
    phq9: phq9 ? { total: phq9.total, item9: phq9.item9, at: phq9.at.toISOString() } : null,
    openSuicideRiskFlag: openFlag,
    // No crisis events or hospitalisations are generated (that module does not exist yet).
    crisisEvents90d: 0,
    hospitalizations180d: 0,
    needs,
    housingStatus: person.housingStatus,
    now: at.toISOString(),
  };
}

function writeTier(batch: CopyBatch, rng: Rng, e: EpisodeStory, at: Date, result: RiskTierResult): void {
  batch.add(T.riskTiers, {
    id: rng.uuid(),
    organization_id: e.organizationId,
    client_id: e.clientId,
    tier: result.tier,
    computed_tier: result.tier,
    rule_set_version: result.version,
    reasons: json(result.reasons),
    set_by_id: e.caseManagerId,
    set_at: at,
  });
}

/**
 * Assessment-stage work for one episode: needs and strengths (completed from planning on), the
 * PHQ-9 history, safety follow-ups, and the risk tier when assessed and again after the latest PHQ-9.
 */
export function clinicalHistory(batch: CopyBatch, rng: Rng, e: EpisodeStory, person: Person, now: Date): ClinicalStory {
  const assessedFrom = e.reached.assessment;
  if (!assessedFrom) return { actionable: [], openSuicideFlag: false };
  const completedAt = e.reached.planning ?? null;
  const needs = needsAssessment(batch, rng, e, completedAt, addDays(assessedFrom, 1));
  const results = phq9Series(batch, rng, e, assessedFrom);
  const openSuicideFlag = safetyFollowUps(batch, rng, e, results, now);
  if (completedAt) {
    const before = results.filter((r) => !isAfter(r.at, completedAt)).at(-1);
    const first = computeRiskTier(riskInput(completedAt, before, needs, person, false));
    writeTier(batch, rng, e, completedAt, first);
    const latest = results.at(-1);
    if (latest && isAfter(latest.at, completedAt)) {
      const again = computeRiskTier(riskInput(latest.at, latest, needs, person, openSuicideFlag));
      // Like the app: a new row only when the computed tier changes.
      if (again.tier !== first.tier) writeTier(batch, rng, e, latest.at, again);
    }
  }
  const actionable = completedAt ? NeedDomains.filter((d) => (needs[d] ?? 0) >= 2) : [];
  return { actionable, openSuicideFlag };
}
