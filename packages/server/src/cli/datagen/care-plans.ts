import { PROGRAM_DEFAULTS, templatesFor, type NeedDomain, type PlanContent } from '@careloop/core';
import { addDays, addHours, differenceInDays, isAfter, min } from 'date-fns';
import { json, type CopyBatch } from './copy-writer.js';
import type { EpisodeStory } from './episodes.js';
import type { Rng } from './random.js';
import { T } from './tables.js';

const WORDS = [
  'I want a place of my own that I can keep.',
  'I want to feel steady and stay out of the hospital.',
  'I want to see my kids every weekend.',
  'I want a job where people count on me.',
  'I want to get my benefits back and pay my rent on time.',
  'I want to take the bus to my appointments by myself.',
];

/** A plan in the client's words: goals from the model's templates, reworded, for the actionable needs. */
function content(rng: Rng, e: EpisodeStory, actionable: readonly NeedDomain[], revision: number): PlanContent {
  const templates = templatesFor(e.program.model);
  const goals = rng.some(templates, 1, Math.min(3, templates.length)).map((t, g) => ({
    ...t.goal,
    id: `g${g + 1}`,
    clientWords: rng.pick(WORDS),
    staffRestatement: revision > 1 ? `Revised at review ${revision - 1}.` : null,
    needDomains: [...new Set([...t.goal.needDomains, ...actionable.slice(g, g + 1)])],
    gas: rng.chance(0.5)
      ? {
          levels: {
            minus2: 'Much less than expected',
            minus1: 'Somewhat less than expected',
            zero: 'Expected outcome',
            plus1: 'Somewhat more than expected',
            plus2: 'Much more than expected',
          },
          weight: 1,
          baseline: -1,
        }
      : null,
    objectives: t.goal.objectives.map((o, i) => ({ ...o, id: `g${g + 1}o${i + 1}` })),
    interventions: t.goal.interventions.map((v, i) => ({ ...v, id: `g${g + 1}i${i + 1}` })),
  }));
  const covered = new Set(goals.flatMap((g) => g.needDomains));
  return {
    preferences: rng.chance(0.5) ? 'Prefers morning visits and text reminders.' : null,
    goals,
    deferredNeeds: actionable
      .filter((d) => !covered.has(d))
      .map((domain) => ({ domain, reason: 'The client chose to work on this later.' })),
    crisisPrevention: null,
  };
}

/**
 * Care-plan versions for an episode: a draft while planning; from active on, an effective plan
 * (earlier versions superseded at each review), and sometimes a draft of the next version.
 */
export function carePlans(batch: CopyBatch, rng: Rng, e: EpisodeStory, actionable: readonly NeedDomain[], now: Date) {
  const planning = e.reached.planning;
  if (!planning) return;
  const reviewDays = PROGRAM_DEFAULTS[e.program.model].carePlanReviewDays;
  const plan = (n: number, status: string, created: Date, signed: Date | null) => {
    const updated = signed ?? min([addDays(created, rng.int(0, 10)), now]);
    batch.add(T.carePlans, {
      id: rng.uuid(),
      organization_id: e.organizationId,
      client_id: e.clientId,
      episode_id: e.id,
      version_number: n,
      status,
      content: json(content(rng, e, actionable, n)),
      change_summary: n > 1 ? 'Updated at the plan review.' : null,
      client_agreement_method: signed ? 'verbal' : null,
      verbal_reason: signed ? 'Agreed in person; reviewed line by line with the client.' : null,
      signed_by_id: signed ? e.caseManagerId : null,
      signed_at: signed,
      review_due_at: signed ? addDays(signed, reviewDays) : null,
      created_by_id: e.caseManagerId,
      created_at: created,
      updated_by_id: e.caseManagerId,
      updated_at: updated,
    });
  };
  const active = e.reached.active;
  if (!active) {
    plan(1, 'draft', planning, null);
    return;
  }
  // A new version at each review the episode lived through (at most three kept).
  const reviews = Math.min(2, Math.floor(differenceInDays(e.end, active) / (reviewDays * 1.2)));
  let signed = active;
  for (let v = 1; v <= reviews + 1; v++) {
    plan(v, v <= reviews ? 'superseded' : 'effective', addDays(signed, -rng.int(3, 10)), signed);
    signed = addHours(addDays(signed, reviewDays + rng.int(-10, 10)), rng.int(0, 6));
  }
  const nextDraft = !e.closedAt && (e.benchDraft || rng.chance(0.08));
  if (nextDraft) plan(reviews + 2, 'draft', isAfter(signed, now) ? addDays(now, -rng.int(1, 5)) : signed, null);
}
